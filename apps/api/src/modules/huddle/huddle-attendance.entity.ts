import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../user/user.entity';
import { OrganizationEntity } from '../organization/organization.entity';
import { HuddleEntity } from './huddle.entity';

/** Who read the brief, and who joined the live huddle. */
@Entity('huddle_attendance')
@Index('huddle_attendance_user_idx', ['userId'])
@Index('huddle_attendance_org_huddle_idx', ['organizationId', 'huddleId'])
export class HuddleAttendanceEntity {
  @PrimaryColumn({ name: 'huddle_id', type: 'uuid' })
  huddleId: string;

  @ManyToOne(() => HuddleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'huddle_id' })
  huddle?: HuddleEntity;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ name: 'brief_read_at', type: 'timestamptz', nullable: true })
  briefReadAt: Date | null;

  @Column({ name: 'joined_at', type: 'timestamptz', nullable: true })
  joinedAt: Date | null;
}
