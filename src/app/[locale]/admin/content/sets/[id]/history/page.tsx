import { renderHistoryPage, historyMetadata, type HistoryProps } from '../../../revision-history-page';

export const generateMetadata = historyMetadata;

export default async function SetHistoryPage(props: HistoryProps) {
  return renderHistoryPage({ kind: 'set', ...props });
}
