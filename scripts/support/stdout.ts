/**
 * For commands that print many lines: when the reader (`head`, a pager) has seen enough and
 * closes the pipe, stop quietly with the command's own exit code instead of a write error.
 */
export function stopQuietlyWhenPipeCloses(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}
