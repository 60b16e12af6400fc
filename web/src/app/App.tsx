/**
 * Routes. The till lives under /till; the owner's back office, the dispatcher's map and the
 * courier's app will take /owner, /dispatch and /courier with frames of their own, sharing the
 * services, the session and the device set-up.
 */
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { DeviceSetup } from '../auth/DeviceSetup';
import { SignIn } from '../auth/SignIn';
import { BackOfficeBar } from '../backoffice/BackOfficeBar';
import { BackOfficeRoutes } from '../backoffice/routes';
import { OrdersScreen } from '../till/OrdersScreen';
import { ShiftScreen } from '../till/ShiftScreen';
import { SyncScreen } from '../till/SyncScreen';
import { SellScreen } from '../till/sell/SellScreen';
import { TillLayout } from '../till/TillLayout';
import { TillProvider, useTill } from '../till/TillProvider';

function Home() {
  const till = useTill();
  if (!till.device) return <Navigate to="/device" replace />;
  if (!till.session) return <Navigate to="/signin" replace />;
  return <Navigate to="/till" replace />;
}

function NeedsDevice({ children }: { children: React.ReactNode }) {
  const till = useTill();
  if (!till.device) return <Navigate to="/device" replace />;
  if (till.session) return <Navigate to="/till" replace />;
  return children;
}

function NotYet() {
  const { t } = useTranslation();
  return <p className="p-6 text-slate-600">{t('common.notYet')}</p>;
}

function Routed() {
  const till = useTill();
  if (!till.ready) return null;
  return (
    <Routes>
      <Route path="/" element={<Home />} />
      <Route path="/device" element={<DeviceSetup />} />
      <Route
        path="/signin"
        element={
          <NeedsDevice>
            <SignIn />
          </NeedsDevice>
        }
      />
      <Route path="/till" element={<TillLayout />}>
        <Route index element={<SellScreen />} />
        <Route path="shift" element={<ShiftScreen />} />
        <Route path="orders" element={<OrdersScreen />} />
        <Route path="sync" element={<SyncScreen />} />
      </Route>
      <Route
        path="/owner/*"
        element={
          <>
            <BackOfficeBar />
            <BackOfficeRoutes />
          </>
        }
      />
      <Route path="/dispatch/*" element={<NotYet />} />
      <Route path="/courier/*" element={<NotYet />} />
      <Route path="*" element={<Navigate to="/" replace />} />
    </Routes>
  );
}

export function App() {
  return (
    <BrowserRouter>
      <TillProvider>
        <Routed />
      </TillProvider>
    </BrowserRouter>
  );
}
