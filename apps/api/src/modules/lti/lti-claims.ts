/** Claim names and values of IMS LTI 1.3 Core and LTI Advantage (Deep Linking 2.0, NRPS 2.0, AGS 2.0). */
export const LTI = {
  messageType: 'https://purl.imsglobal.org/spec/lti/claim/message_type',
  version: 'https://purl.imsglobal.org/spec/lti/claim/version',
  deploymentId: 'https://purl.imsglobal.org/spec/lti/claim/deployment_id',
  targetLinkUri: 'https://purl.imsglobal.org/spec/lti/claim/target_link_uri',
  resourceLink: 'https://purl.imsglobal.org/spec/lti/claim/resource_link',
  roles: 'https://purl.imsglobal.org/spec/lti/claim/roles',
  context: 'https://purl.imsglobal.org/spec/lti/claim/context',
  custom: 'https://purl.imsglobal.org/spec/lti/claim/custom',
  deepLinkingSettings: 'https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings',
  contentItems: 'https://purl.imsglobal.org/spec/lti-dl/claim/content_items',
  deepLinkingData: 'https://purl.imsglobal.org/spec/lti-dl/claim/data',
  namesRoleService: 'https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice',
  nrpsScope: 'https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly',
  nrpsMediaType: 'application/vnd.ims.lti-nrps.v2.membershipcontainer+json',
  agsEndpoint: 'https://purl.imsglobal.org/spec/lti-ags/claim/endpoint',
  agsScoreScope: 'https://purl.imsglobal.org/spec/lti-ags/scope/score',
  scoreMediaType: 'application/vnd.ims.lis.v1.score+json',
  resourceLinkRequest: 'LtiResourceLinkRequest',
  deepLinkingRequest: 'LtiDeepLinkingRequest',
  deepLinkingResponse: 'LtiDeepLinkingResponse',
  clientAssertionType: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
} as const;

/** Custom parameters a deep-linked placement carries, so its launches open what the teacher picked. */
export const CUSTOM_COHORT = 'openhuddle_cohort_id';
export const CUSTOM_PROMPT = 'openhuddle_prompt_id';
