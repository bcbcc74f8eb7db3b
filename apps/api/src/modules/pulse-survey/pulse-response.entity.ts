import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganizationEntity } from '../organization/organization.entity';
import { UserEntity } from '../user/user.entity';
import { PulseRoundEntity } from './pulse-round.entity';

/**
 * THAT a person answered a round ("you already answered", reminders, the respondent count) — and
 * nothing of WHAT they answered, which lives in pulse_answer with no way back here: no person, no
 * timestamp, no shared id (pulse-answer.entity.ts). No timestamp of its own either, so its rows
 * cannot be lined up in time with anything.
 */
@Entity('pulse_response')
@Index('pulse_response_round_user_key', ['roundId', 'userId'], { unique: true })
@Index('pulse_response_user_idx', ['userId'])
@Index('pulse_response_org_idx', ['organizationId'])
export class PulseResponseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ name: 'round_id', type: 'uuid' })
  roundId: string;

  @ManyToOne(() => PulseRoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id' })
  round?: PulseRoundEntity;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;
}
