import { ApolloLink } from '@apollo/client';
import { Observable, type Subscription } from 'rxjs';

/** A link whose code is fetched the first time an operation needs it (then kept). */
export class LazyLink extends ApolloLink {
  private link?: Promise<ApolloLink>;

  constructor(private readonly load: () => Promise<ApolloLink>) {
    super();
  }

  override request(operation: ApolloLink.Operation, forward: ApolloLink.ForwardFunction) {
    this.link ??= this.load();
    const link = this.link;
    return new Observable<ApolloLink.Result>((observer) => {
      let inner: Subscription | undefined;
      let closed = false;
      link.then(
        (loaded) => {
          if (!closed) inner = loaded.request(operation, forward).subscribe(observer);
        },
        (error: unknown) => observer.error(error),
      );
      return () => {
        closed = true;
        inner?.unsubscribe();
      };
    });
  }
}
