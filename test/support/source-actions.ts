import type { DataSourcesProps } from '../../components/DataSources';

/** The options page's source actions, doing nothing: for views rendered only to be read. */
export const IGNORED_SOURCE_ACTIONS: Pick<
  DataSourcesProps,
  'onToggle' | 'onUrl' | 'onRefresh' | 'onInterval' | 'onRefreshSwitch' | 'onGrantAccess'
> = {
  onToggle() {},
  onUrl() {},
  onRefresh() {},
  onInterval() {},
  onRefreshSwitch() {},
  onGrantAccess() {},
};
