import { routes } from '@openhuddle/shared';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { SignOutDocument, ViewerDocument, type ViewerFieldsFragment } from '../generated/graphql';
import { Loading } from '../ui/layout';
import { LoadErrorAlert } from '../ui/load-error-alert';

export type Viewer = ViewerFieldsFragment;

/** The signed-in person from the Apollo cache (`me`), or null. */
export function useViewer() {
  const { data, loading, error, refetch } = useQuery(ViewerDocument);
  return { viewer: data?.me ?? null, loading: loading && !data, error, refetch };
}

/** Renders children only for a signed-in person; otherwise sends them to sign in and back. */
export function RequireViewer({ children }: { children: (viewer: Viewer) => ReactNode }) {
  const { viewer, loading, error } = useViewer();
  const location = useLocation();
  if (loading) return <Loading />;
  if (error) {
    return <LoadErrorAlert what="your account" />;
  }
  if (!viewer) {
    const next = location.pathname + location.search;
    return <Navigate to={routes.signIn(next === routes.home() ? null : next)} replace />;
  }
  return <>{children(viewer)}</>;
}

/** Ends the session on the server, then forgets every cached answer of the signed-in person. */
export function useSignOut() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [signOut, { loading }] = useMutation(SignOutDocument);
  const run = async () => {
    try {
      await signOut();
    } finally {
      await client.clearStore();
      client.writeQuery({ query: ViewerDocument, data: { me: null } });
      void navigate(routes.signIn(), { replace: true });
    }
  };
  return { signOut: run, loading };
}

/** After signing in or up: make the cache know the person, so every page sees it at once. */
export function useRememberViewer() {
  const client = useApolloClient();
  return (me: Viewer) => client.writeQuery({ query: ViewerDocument, data: { me } });
}
