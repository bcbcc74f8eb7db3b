import type { SuggestTeamsQuery } from '../../generated/graphql';
import { Badge, TextField } from '../../ui';

export interface DraftTeam {
  name: string;
  suggestion: SuggestTeamsQuery['suggestTeams'][number];
  members: { userId: string; name: string }[];
}

/**
 * The suggested teams as the facilitator edits them: rename a team, move a person with the
 * "Move to" list beside their name (keyboard and screen reader friendly; no drag needed).
 */
export function TeamBoard({ teams, onChange }: { teams: DraftTeam[]; onChange: (teams: DraftTeam[]) => void }) {
  const move = (userId: string, from: number, to: number) => {
    const person = teams[from]!.members.find((m) => m.userId === userId)!;
    onChange(
      teams.map((t, i) =>
        i === from
          ? { ...t, members: t.members.filter((m) => m.userId !== userId) }
          : i === to
            ? { ...t, members: [...t.members, person] }
            : t,
      ),
    );
  };
  return (
    <div>
      {teams.map((team, ti) => (
        <section key={ti} className="team-card" aria-labelledby={`team-${ti}`}>
          <h3 id={`team-${ti}`}>
            Team {ti + 1}: {team.name} <Badge>{team.members.length} people</Badge>
          </h3>
          <p>{team.suggestion.explanation}</p>
          {team.suggestion.warnings.map((w) => (
            <p key={w} className="meta">
              ⚠ {w}
            </p>
          ))}
          <TextField
            name={`team-${ti}-name`}
            label={`Name of team ${ti + 1}`}
            value={team.name}
            onChange={(e) => onChange(teams.map((t, i) => (i === ti ? { ...t, name: e.target.value } : t)))}
          />
          <ul aria-label={`Members of team ${ti + 1}`}>
            {team.members.map((m) => (
              <li key={m.userId}>
                <span>{m.name}</span>
                <select
                  value={ti}
                  onChange={(e) => move(m.userId, ti, Number(e.target.value))}
                  aria-label={`Move ${m.name} to`}
                >
                  {teams.map((t, i) => (
                    <option key={i} value={i}>
                      {i === ti ? `Team ${i + 1} (here)` : `Team ${i + 1}: ${t.name}`}
                    </option>
                  ))}
                </select>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
