/**
 * /dispatch: the live map, for staff with the deliveries:dispatch scope (never a plain cashier).
 * The map (Leaflet) loads with the screen, so the till's own bundle stays as it was.
 */
import { lazy, Suspense } from 'react';
import { useTill } from '../till/TillProvider';
import { RequireScope } from './access';

const DispatchScreen = lazy(() => import('./DispatchScreen').then((m) => ({ default: m.DispatchScreen })));

export function DispatchApp() {
  const till = useTill();
  return (
    <RequireScope scope="deliveries:dispatch" signIn={till.device ? '/signin' : '/device'}>
      <Suspense fallback={null}>
        <DispatchScreen />
      </Suspense>
    </RequireScope>
  );
}
