import { Controller, Get, Param, Res, UseFilters } from '@nestjs/common';
import { OrgRole } from '@openhuddle/shared';
import type { Response } from 'express';
import { CurrentActor, OrgScoped } from '../../common/auth/access.decorators';
import type { Actor } from '../../common/auth/actor';
import { RestErrorFilter } from '../../common/errors/rest-error.filter';
import { portfolioPdf } from './portfolio-pdf';
import { portfolioMarkdown } from './portfolio-outline';
import { PortfolioService } from './portfolio.service';

/** One's own portfolio as a download (Markdown or PDF): only one's own goals and work are in it. */
@Controller('api/o/:organizationId/portfolio')
@UseFilters(RestErrorFilter)
export class PortfolioController {
  constructor(private readonly portfolios: PortfolioService) {}

  @OrgScoped(OrgRole.MEMBER, 'organizationId')
  @Get('markdown')
  async markdown(
    @Param('organizationId') organizationId: string,
    @CurrentActor() actor: Actor,
    @Res() res: Response,
  ): Promise<void> {
    const portfolio = await this.portfolios.own(actor, organizationId);
    this.headers(res, 'text/markdown; charset=utf-8', 'md');
    res.end(portfolioMarkdown(portfolio));
  }

  @OrgScoped(OrgRole.MEMBER, 'organizationId')
  @Get('pdf')
  async pdf(
    @Param('organizationId') organizationId: string,
    @CurrentActor() actor: Actor,
    @Res() res: Response,
  ): Promise<void> {
    const portfolio = await this.portfolios.own(actor, organizationId);
    const pdf = await portfolioPdf(portfolio);
    this.headers(res, 'application/pdf', 'pdf');
    res.end(pdf);
  }

  private headers(res: Response, type: string, extension: string): void {
    const day = new Date().toISOString().slice(0, 10);
    res.setHeader('content-type', type);
    res.setHeader('content-disposition', `attachment; filename="portfolio-${day}.${extension}"`);
    res.setHeader('cache-control', 'no-store');
  }
}
