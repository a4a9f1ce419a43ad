/** The host permission pattern that lets the extension fetch one address: its origin, any path. */
export function permissionOrigin(url: string): string {
  const { protocol, hostname } = new URL(url);
  return `${protocol}//${hostname}/*`;
}
