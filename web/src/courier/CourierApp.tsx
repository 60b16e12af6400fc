/** /courier: sign-in of its own, then the courier's deliveries; only for the deliveries:courier scope. */
import { Route, Routes } from 'react-router';
import { RequireScope } from '../dispatch/access';
import { CourierHome } from './CourierHome';
import { CourierSignIn } from './CourierSignIn';

export function CourierApp() {
  return (
    <Routes>
      <Route path="signin" element={<CourierSignIn />} />
      <Route
        path="*"
        element={
          <RequireScope scope="deliveries:courier" signIn="/courier/signin">
            <CourierHome />
          </RequireScope>
        }
      />
    </Routes>
  );
}
