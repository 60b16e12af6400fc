/**
 * A plain header with the back office's sections, for the back office on its own. The owner's
 * frame lists the same `backOfficeNav` in its own navigation.
 */
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { Button } from '../app/ui';
import { useTill } from '../till/TillProvider';
import { allowedSections } from './nav';

export function BackOfficeBar() {
  const { t, i18n } = useTranslation();
  const till = useTill();
  const sections = allowedSections(till.session?.scopes ?? []);
  if (!till.session || sections.length === 0) return null;
  const link = ({ isActive }: { isActive: boolean }) =>
    `whitespace-nowrap rounded-lg px-3 py-2 text-sm font-medium ${isActive ? 'bg-teal-700 text-white' : 'text-slate-700 hover:bg-slate-200'}`;
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="flex items-center gap-2 px-3 py-2">
        <p className="mr-auto truncate font-semibold text-teal-800">{till.session.user.name}</p>
        <NavLink to="/till" className="text-sm text-slate-600 hover:underline">
          {t('nav.sell')}
        </NavLink>
        <Button
          tone="ghost"
          className="text-xs"
          onClick={() => void i18n.changeLanguage(i18n.language === 'id' ? 'en' : 'id')}
        >
          {i18n.language === 'id' ? 'EN' : 'ID'}
        </Button>
      </div>
      <nav aria-label={t('backoffice.title')} className="flex gap-1 overflow-x-auto bg-slate-100 px-2 py-1">
        {sections.map((s) => (
          <NavLink key={s.path} to={`/owner/${s.path}`} className={link}>
            {t(s.label)}
          </NavLink>
        ))}
      </nav>
    </header>
  );
}
