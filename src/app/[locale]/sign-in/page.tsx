import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { safeReturnPath } from '@/domain/accounts/return-path';
import { emailFromLink } from '@/domain/accounts/schemas';
import { isLocale } from '@/i18n/config';
import { getTranslator } from '@/i18n/get-messages';
import { getStaffViewer } from '@/server/auth/staff';
import { SignInForm } from '@/ui/auth/sign-in-form';
import { buildSignInFormText } from '@/ui/auth/sign-in-form-text';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ next?: string | string[]; welcome?: string | string[]; email?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getTranslator(locale)('signIn.title') } : {};
}

export default async function SignInPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const { next, welcome, email } = await searchParams;
  const redirectTo = safeReturnPath(Array.isArray(next) ? next[0] : next, locale);
  // Someone already signed in (a bookmark, the back button) goes straight on.
  if (await getStaffViewer()) redirect(redirectTo);
  const t = getTranslator(locale);
  return (
    <section className="sign-in">
      <h1>{t('signIn.title')}</h1>
      {welcome === '1' ? (
        <p className="notice success" role="status">
          {t('signIn.welcome')}
        </p>
      ) : (
        <p>{t('signIn.intro')}</p>
      )}
      <SignInForm text={buildSignInFormText(t)} redirectTo={redirectTo} initialEmail={emailFromLink(Array.isArray(email) ? email[0] : email)} />
    </section>
  );
}
