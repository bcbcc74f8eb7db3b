import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ViewerSource } from '../../common/auth/viewer-source';
import { SocketRegistry } from '../../common/auth/socket-registry';
import { UserEntity } from '../user/user.entity';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { LoginAttemptEntity } from './login-attempt.entity';
import { PasswordHasher } from './password-hasher';
import { PasswordResetEntity } from './password-reset.entity';
import { SessionEntity } from './session.entity';
import { SessionService } from './session.service';
import { SignUpRepository } from './sign-up.repository';
import { SignUpService } from './sign-up.service';
import { SignInRules } from './sign-in-rules';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity, SessionEntity, LoginAttemptEntity, PasswordResetEntity])],
  providers: [
    AuthService,
    SignUpService,
    SignUpRepository,
    AuthResolver,
    SessionService,
    PasswordHasher,
    SocketRegistry,
    SignInRules,
    { provide: ViewerSource, useExisting: SessionService },
  ],
  exports: [SessionService, PasswordHasher, ViewerSource, SignInRules],
})
export class AuthModule {}
