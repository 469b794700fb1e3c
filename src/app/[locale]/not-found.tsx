import { requestLocale } from '@/i18n/request-locale';
import { NotFoundView } from '@/ui/shell/not-found-view';

/** A page that found nothing for its address (an unknown attempt, class or assignment). */
export default async function NotFound() {
  return <NotFoundView locale={await requestLocale()} />;
}
