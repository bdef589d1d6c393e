export { ChecksPanel, type ChecksPanelProps } from './checks-panel';
