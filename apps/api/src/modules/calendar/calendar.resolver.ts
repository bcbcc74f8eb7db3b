import { Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, SignedIn } from '../../common/auth/access.decorators';
import type { Viewer } from '../../common/auth/request-context';
import { Me } from '../auth/dto/me.type';
import { CalendarService } from './calendar.service';

@Resolver(() => Me)
export class CalendarResolver {
  constructor(private readonly calendar: CalendarService) {}

  @ResolveField(() => Boolean, { description: 'Whether a private calendar feed URL is active.' })
  calendarFeedEnabled(@Parent() me: Me): Promise<boolean> {
    return this.calendar.hasFeed(me.id);
  }

  @SignedIn()
  @Mutation(() => String, {
    description:
      'Creates a private iCalendar feed URL with all your huddles and due dates; calling again replaces (revokes) the old URL.',
  })
  enableCalendarFeed(@CurrentViewer() viewer: Viewer): Promise<string> {
    return this.calendar.enableFeed(viewer.user.id);
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Revokes your calendar feed URL.' })
  async disableCalendarFeed(@CurrentViewer() viewer: Viewer): Promise<boolean> {
    await this.calendar.disableFeed(viewer.user.id);
    return true;
  }
}
