import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'What an organisation admin may do with its sign-in settings.' })
export class SignInSettingsPermissions {
  @Field() manage: boolean;
}

@ObjectType({ description: "An organisation's OIDC identity provider. The client secret is never returned." })
export class IdentityProvider {
  @Field(() => ID) id: string;
  @Field({ description: 'What the button says: "Sign in with <displayName>".' }) displayName: string;
  @Field() issuerUrl: string;
  @Field() clientId: string;
  @Field(() => [String], { description: 'Email domains whose people sign in here (and may join as members).' })
  domains: string[];
  @Field({ description: 'Where the button points: the API route that starts the sign-in.' }) startPath: string;
  @Field({ description: 'The redirect URI to register at the provider.' }) redirectUri: string;
}

@ObjectType({ description: "How an organisation's people sign in; admins and owners only." })
export class OrganizationSignIn {
  @Field(() => ID) organizationId: string;
  @Field({
    description:
      'Members must use a provider: password sign-in and resets are refused (owners keep their password, so a broken provider cannot lock the organisation out).',
  })
  requireSso: boolean;
  @Field({ description: "Only invitations bring new people in; the providers' domains do not." })
  inviteOnly: boolean;
  @Field(() => [IdentityProvider]) providers: IdentityProvider[];
  @Field(() => SignInSettingsPermissions) viewerCan: SignInSettingsPermissions;
}

@ObjectType({ description: 'A "Sign in with …" button for the sign-in page.' })
export class SignInProvider {
  @Field(() => ID) id: string;
  @Field() displayName: string;
  @Field() organizationName: string;
  @Field() startPath: string;
}

@ObjectType({
  description: 'How someone with this email may sign in here (about the domain and the instance, never the person).',
})
export class SignInOptions {
  @Field(() => [SignInProvider]) providers: SignInProvider[];
  @Field({ description: "False when the email's organisation requires SSO." }) passwordSignIn: boolean;
  @Field({ description: 'False when this instance creates accounts from invitations only.' }) signUpOpen: boolean;
}
