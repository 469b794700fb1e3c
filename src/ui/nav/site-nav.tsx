import { SignOutButton } from './sign-out-button';

/** The signed-in staff member as the header shows them. */
export type SiteNavStaff = { name: string; isAdmin: boolean };

export type SiteNavText = {
  label: string;
  staffSignIn: string;
  classes: string;
  admin: string;
  signedInAs: string;
  signOut: string;
  signingOut: string;
  signOutFailed: string;
};

type SiteNavProps = {
  locale: string;
  /** Undefined for students and visitors, who get a small staff sign-in link. */
  staff?: SiteNavStaff;
  /** Links every visitor sees (for example a student's assignments), before the staff ones. */
  links: { href: string; label: string }[];
  text: SiteNavText;
};

/** The header's navigation: extra links, then the staff links and sign-out, or a staff sign-in link. */
export function SiteNav({ locale, staff, links, text }: SiteNavProps) {
  return (
    <nav aria-label={text.label} className="site-nav">
      <ul>
        {links.map((link) => (
          <li key={link.href}>
            <a href={link.href}>{link.label}</a>
          </li>
        ))}
        {staff ? (
          <>
            <li>
              <a href={`/${locale}/trainer`}>{text.classes}</a>
            </li>
            {staff.isAdmin && (
              <li>
                <a href={`/${locale}/admin`}>{text.admin}</a>
              </li>
            )}
            <li className="nav-user">
              <span className="nav-name" title={text.signedInAs}>
                <span className="visually-hidden">{text.signedInAs}</span>
                <span aria-hidden="true">{staff.name}</span>
              </span>
            </li>
            <li>
              <SignOutButton locale={locale} label={text.signOut} pendingLabel={text.signingOut} failedMessage={text.signOutFailed} />
            </li>
          </>
        ) : (
          <li>
            <a className="nav-quiet" href={`/${locale}/sign-in`}>
              {text.staffSignIn}
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
