import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Who read the brief, and who joined the live huddle. */
@Entity('huddle_attendance')
@Index('huddle_attendance_org_huddle_idx', ['organizationId', 'huddleId'])
export class HuddleAttendanceEntity {
  @PrimaryColumn({ name: 'huddle_id', type: 'uuid' })
  huddleId: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'brief_read_at', type: 'timestamptz', nullable: true })
  briefReadAt: Date | null;

  @Column({ name: 'joined_at', type: 'timestamptz', nullable: true })
  joinedAt: Date | null;
}
