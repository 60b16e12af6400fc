/** The routes under `/owner`: the owner's sign-in, and every section of `nav.ts` inside the frame. */
import { Navigate, Route, Routes } from 'react-router';
import { ownerNav } from './nav';
import { OwnerGate, OwnerLayout } from './OwnerLayout';
import { OwnerSignIn } from './OwnerSignIn';

export function OwnerRoutes() {
  return (
    <Routes>
      <Route path="signin" element={<OwnerSignIn />} />
      <Route element={<OwnerLayout />}>
        {ownerNav.map((entry) =>
          entry.to ? (
            <Route key={entry.to} path={`${entry.to}/*`} element={<OwnerGate entry={entry} />} />
          ) : (
            <Route key="index" index element={<OwnerGate entry={entry} />} />
          ),
        )}
        <Route path="*" element={<Navigate to="/owner" replace />} />
      </Route>
    </Routes>
  );
}
