import { renderHistoryPage, historyMetadata, type HistoryProps } from '../../revision-history-page';

export const generateMetadata = historyMetadata;

export default async function ScenarioHistoryPage(props: HistoryProps) {
  return renderHistoryPage({ kind: 'scenario', ...props });
}
