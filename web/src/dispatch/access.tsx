/**
 * Screens follow the viewer's effective scopes (the access token's `scope` claim): someone
 * without the scope sees why, not a half-working screen. The server still checks every request.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { Button, Card } from '../app/ui';
import { useTill } from '../till/TillProvider';

export function RequireScope({
  scope,
  signIn,
  children,
}: {
  scope: string;
  /** Where a visitor with no session goes. */
  signIn: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const till = useTill();
  if (!till.session) return <Navigate to={signIn} replace />;
  if (!till.can(scope)) {
    return (
      <div className="mx-auto flex min-h-dvh max-w-md flex-col justify-center gap-4 p-4">
        <Card className="flex flex-col gap-3">
          <p role="alert" data-testid="forbidden" className="text-slate-700">
            {t('access.forbidden', { name: till.session.user.name })}
          </p>
          <Button onClick={() => void till.signOut()}>{t('access.signOut')}</Button>
        </Card>
      </div>
    );
  }
  return children;
}

/** The frame's connection badge, shared by the dispatcher's and the courier's screens. */
export function OnlineBadge({ online }: { online: boolean }) {
  const { t } = useTranslation();
  return (
    <span
      data-testid="connection"
      data-online={online}
      className={`rounded-full px-2 py-1 text-xs font-semibold ${online ? 'bg-emerald-100 text-emerald-800' : 'bg-amber-100 text-amber-800'}`}
    >
      {online ? t('till.online') : t('till.offline')}
    </span>
  );
}
