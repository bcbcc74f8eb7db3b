import { Controller, Get, Param, Res, UseFilters } from '@nestjs/common';
import { OrgRole } from '@openhuddle/shared';
import type { Response } from 'express';
import { CurrentMembership, OrgScoped } from '../../common/auth/access.decorators';
import type { ActorMembership } from '../../common/auth/request-context';
import { RestErrorFilter } from '../../common/errors/rest-error.filter';
import { OrganizationExportService } from './organization-export.service';

/** The organisation export: a download, so it travels over plain HTTP like files do. */
@Controller('api/organizations')
@UseFilters(RestErrorFilter)
export class OrganizationExportController {
  constructor(private readonly exports: OrganizationExportService) {}

  // Owners and admins of the organisation named in the path; others get 404 (not a member) or 403.
  @OrgScoped(OrgRole.ADMIN, 'id')
  @Get(':id/export')
  async export(
    @Param('id') organizationId: string,
    @CurrentMembership() membership: ActorMembership,
    @Res() res: Response,
  ): Promise<void> {
    const prepared = await this.exports.prepare(organizationId, membership);
    res.setHeader('content-type', 'application/gzip');
    res.setHeader('content-disposition', `attachment; filename="${prepared.fileName}"`);
    res.setHeader('cache-control', 'no-store');
    // Headers are out: a failure from here on can only cut the download short.
    await prepared.pipeTo(res).catch(() => res.destroy());
  }
}
