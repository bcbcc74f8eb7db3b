import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** The health module's only access to the database: does it answer at all. */
@Injectable()
export class HealthRepository {
  constructor(private readonly dataSource: DataSource) {}

  async ping(): Promise<void> {
    await this.dataSource.query('SELECT 1');
  }
}
