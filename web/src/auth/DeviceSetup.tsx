/**
 * Registers this tablet or phone as a till: the owner (or a supervisor) signs in with e-mail
 * and password, picks the branch, and the device keeps the branch's staff for PIN sign-in.
 * A newcomer registers a shop here first (`RegisterShop`) and goes on to the same branch choice.
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { MeDocument, RosterDocument } from '../__generated__/operations';
import type { Failure } from '../api/results';
import { useServices } from '../app/services';
import { Button, Card, ErrorNote, Field } from '../app/ui';
import { deviceIdOf } from '../device/device';
import { useTill } from '../till/TillProvider';
import { RegisterShop } from './RegisterShop';
import { signInWithPassword } from './signin';

type Me = NonNullable<Awaited<ReturnType<typeof loadMe>>>;

async function loadMe(api: ReturnType<typeof useServices>['api']) {
  const r = await api.query(MeDocument, {});
  return r.ok ? r.value.me : null;
}

export function DeviceSetup() {
  const { t } = useTranslation();
  const { api, db, session } = useServices();
  const till = useTill();
  const navigate = useNavigate();
  const [identifier, setIdentifier] = useState('');
  const [password, setPassword] = useState('');
  const [me, setMe] = useState<Me | null>(null);
  const [error, setError] = useState<Failure | null>(null);
  const [busy, setBusy] = useState(false);
  const [registering, setRegistering] = useState(false);

  /** After a sign-in (or a new shop): the owner's merchant and branches, if they may set up tills. */
  const continueSignedIn = async () => {
    const loaded = await loadMe(api);
    if (!loaded) return setError({ code: 'INTERNAL_SERVER_ERROR', message: 'me' });
    if (!session.has('staff:read')) {
      await session.save(null);
      return setError({ code: 'DEVICE_SETUP_FORBIDDEN', message: 'staff:read' });
    }
    setRegistering(false);
    setMe(loaded);
  };

  const signIn = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const deviceId = await deviceIdOf(db);
    const r = await signInWithPassword(api, session, { identifier, password, deviceId });
    if (!r.ok) {
      setError(r.error);
      setBusy(false);
      return;
    }
    await continueSignedIn();
    setBusy(false);
  };

  const register = async (branch: { id: string; name: string }) => {
    if (!me) return;
    setBusy(true);
    const roster = await api.query(RosterDocument, { branchId: branch.id });
    if (!roster.ok) {
      setBusy(false);
      return setError(roster.error);
    }
    await till.setDevice({
      deviceId: await deviceIdOf(db),
      merchantSlug: me.merchant.slug,
      merchantName: me.merchant.name,
      currency: me.merchant.currency,
      branchId: branch.id,
      branchName: branch.name,
      roster: roster.value.staff.nodes
        .filter((s) => s.active && s.hasPin && s.role !== 'COURIER')
        .map((s) => ({ id: s.id, name: s.name, username: s.username, role: s.role })),
      registeredAt: new Date().toISOString(),
    });
    // The till is now ready for its cashiers; the owner's password session ends here.
    await till.signOut();
    setBusy(false);
    navigate('/signin', { replace: true });
  };

  return (
    <main className="mx-auto flex min-h-dvh max-w-md flex-col justify-center gap-4 p-4">
      <h1 className="text-2xl font-semibold text-teal-800">{t('device.title')}</h1>
      <p className="text-slate-600">{t('device.intro')}</p>
      {!me && registering ? (
        <>
          <RegisterShop onRegistered={continueSignedIn} onCancel={() => setRegistering(false)} />
          <ErrorNote error={error} />
        </>
      ) : !me ? (
        <>
          <Card>
            <form onSubmit={signIn} className="flex flex-col gap-3">
              <Field
                label={t('device.email')}
                name="identifier"
                autoComplete="username"
                value={identifier}
                onChange={(e) => setIdentifier(e.target.value)}
                required
              />
              <Field
                label={t('device.password')}
                name="password"
                type="password"
                autoComplete="current-password"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
                required
              />
              <ErrorNote error={error} />
              <Button tone="primary" type="submit" disabled={busy}>
                {t('device.signIn')}
              </Button>
            </form>
          </Card>
          <Card className="flex flex-col gap-2">
            <p className="text-sm text-slate-600">{t('register.newcomer')}</p>
            <Button
              onClick={() => {
                setError(null);
                setRegistering(true);
              }}
            >
              {t('register.open')}
            </Button>
          </Card>
        </>
      ) : (
        <Card className="flex flex-col gap-3">
          <p className="font-medium">{t('device.pickBranch', { merchant: me.merchant.name })}</p>
          {me.merchant.branches.map((b) => (
            <Button key={b.id} tone="primary" disabled={busy} onClick={() => void register(b)}>
              {b.name} ({b.code})
            </Button>
          ))}
          <ErrorNote error={error} />
        </Card>
      )}
    </main>
  );
}
