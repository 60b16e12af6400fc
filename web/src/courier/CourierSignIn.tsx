/**
 * A courier signs in on their own phone with the shop's code, their username and password; the
 * phone need not be registered as a till (couriers have no PIN sign-in on the shop's tills).
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import type { Failure } from '../api/results';
import { useServices } from '../app/services';
import { Button, Card, ErrorNote, Field } from '../app/ui';
import { signInWithPassword } from '../auth/signin';
import { deviceIdOf } from '../device/device';
import { useTill } from '../till/TillProvider';

export function CourierSignIn() {
  const { t } = useTranslation();
  const { api, db, session } = useServices();
  const till = useTill();
  const navigate = useNavigate();
  const [shop, setShop] = useState(till.device?.merchantSlug ?? '');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<Failure | null>(null);
  const [busy, setBusy] = useState(false);
  if (till.session) return <Navigate to="/courier" replace />;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const r = await signInWithPassword(api, session, {
      identifier: username,
      password,
      merchantSlug: shop.trim().toLowerCase(),
      deviceId: await deviceIdOf(db),
    });
    setBusy(false);
    if (!r.ok) {
      setPassword('');
      return setError(r.error);
    }
    navigate('/courier', { replace: true });
  };

  return (
    <div className="mx-auto flex min-h-dvh max-w-md flex-col justify-center gap-4 p-4">
      <h1 className="text-2xl font-semibold text-teal-800">{t('courier.signInTitle')}</h1>
      <Card>
        <form onSubmit={submit} className="flex flex-col gap-3">
          <Field
            label={t('courier.shopCode')}
            name="shop"
            autoCapitalize="none"
            value={shop}
            onChange={(e) => setShop(e.target.value)}
            required
          />
          <Field
            label={t('signin.username')}
            name="username"
            autoComplete="username"
            autoCapitalize="none"
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            required
          />
          <Field
            label={t('signin.password')}
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
          />
          <ErrorNote error={error} />
          {!till.online && <p className="text-sm text-amber-700">{t('signin.offline')}</p>}
          <Button tone="primary" type="submit" disabled={busy || !till.online}>
            {t('signin.submit')}
          </Button>
        </form>
      </Card>
    </div>
  );
}
