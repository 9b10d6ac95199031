import type { CardPhase, MemoryState, Rating } from '../core/scheduling/index.js';
import type { LoggedRating, StoredCard, StudyStore } from '../services/ports.js';
import type { Db } from './database.js';

interface CardRow {
  id: string;
  topic_id: string;
  new_rank: number;
  phase: number;
  due_ms: number;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  last_review_ms: number | null;
  introduced_ms: number | null;
}

const phases: readonly CardPhase[] = [0, 1, 2, 3];
const toPhase = (n: number): CardPhase => phases[n] ?? 0;
const ratingsList: readonly Rating[] = [1, 2, 3, 4];
const toRating = (n: number): Rating => ratingsList[n - 1] ?? 1;

function rowToCard(r: CardRow): StoredCard {
  const memory: MemoryState = {
    phase: toPhase(r.phase),
    dueMs: r.due_ms,
    stability: r.stability,
    difficulty: r.difficulty,
    elapsedDays: r.elapsed_days,
    scheduledDays: r.scheduled_days,
    learningSteps: r.learning_steps,
    reps: r.reps,
    lapses: r.lapses,
    lastReviewMs: r.last_review_ms,
  };
  return { id: r.id, topicId: r.topic_id, newRank: r.new_rank, memory, introducedMs: r.introduced_ms };
}

function cardToRow(c: StoredCard): CardRow {
  const m = c.memory;
  return {
    id: c.id,
    topic_id: c.topicId,
    new_rank: c.newRank,
    phase: m.phase,
    due_ms: m.dueMs,
    stability: m.stability,
    difficulty: m.difficulty,
    elapsed_days: m.elapsedDays,
    scheduled_days: m.scheduledDays,
    learning_steps: m.learningSteps,
    reps: m.reps,
    lapses: m.lapses,
    last_review_ms: m.lastReviewMs,
    introduced_ms: c.introducedMs,
  };
}

const columns = 'id, topic_id, new_rank, phase, due_ms, stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, last_review_ms, introduced_ms';
const values = ':id, :topic_id, :new_rank, :phase, :due_ms, :stability, :difficulty, :elapsed_days, :scheduled_days, :learning_steps, :reps, :lapses, :last_review_ms, :introduced_ms';
/** Ratings that stand: 'rate' rows no 'undo' row points at. */
const standing = "kind = 'rate' AND NOT EXISTS (SELECT 1 FROM review_log u WHERE u.undoes = review_log.id)";

/** Topic filter as a JSON array parameter, so one prepared statement serves "all topics" and "these topics". */
const topicFilter = '(:topics IS NULL OR topic_id IN (SELECT value FROM json_each(:topics)))';
const topicsParam = (ids: readonly string[] | null): string | null => (ids === null ? null : JSON.stringify(ids));

/** The study store on SQLite. Statements are prepared once; each write is a single transaction. */
export function createSqliteStudyStore(db: Db): StudyStore {
  const insertCard = db.prepare(`INSERT OR IGNORE INTO cards (${columns}) VALUES (${values})`);
  const updateCard = db.prepare(
    'UPDATE cards SET phase = :phase, due_ms = :due_ms, stability = :stability, difficulty = :difficulty, elapsed_days = :elapsed_days, scheduled_days = :scheduled_days, learning_steps = :learning_steps, reps = :reps, lapses = :lapses, last_review_ms = :last_review_ms, introduced_ms = :introduced_ms WHERE id = :id',
  );
  const selectCard = db.prepare<[string], CardRow>(`SELECT ${columns} FROM cards WHERE id = ?`);
  const selectNextDue = db.prepare<[number], CardRow>(`SELECT ${columns} FROM cards WHERE phase > 0 AND due_ms <= ? ORDER BY due_ms, id LIMIT 1`);
  const selectNextNew = db.prepare<{ topics: string | null }, CardRow>(`SELECT ${columns} FROM cards WHERE phase = 0 AND ${topicFilter} ORDER BY new_rank, id LIMIT 1`);
  const countDue = db.prepare<[number], { n: number }>('SELECT count(*) AS n FROM cards WHERE phase > 0 AND due_ms <= ?');
  const countNew = db.prepare<{ topics: string | null }, { n: number }>(`SELECT count(*) AS n FROM cards WHERE phase = 0 AND ${topicFilter}`);
  const countIntroduced = db.prepare<[number], { n: number }>('SELECT count(*) AS n FROM cards WHERE introduced_ms >= ?');
  const countCards = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM cards');
  const insertLog = db.prepare(
    'INSERT INTO review_log (kind, card_id, rating, at_ms, duration_ms, state_before, state_after, undoes) VALUES (:kind, :card_id, :rating, :at_ms, :duration_ms, :state_before, :state_after, :undoes)',
  );
  const selectLastRating = db.prepare<[number], { id: number; card_id: string; rating: number; at_ms: number; duration_ms: number | null; state_before: string }>(
    `SELECT id, card_id, rating, at_ms, duration_ms, state_before FROM review_log WHERE ${standing} AND at_ms >= ? ORDER BY id DESC LIMIT 1`,
  );
  const hasReview = db.prepare<[number, number], { n: number }>(`SELECT 1 AS n FROM review_log WHERE ${standing} AND at_ms >= ? AND at_ms < ? LIMIT 1`);
  const countNewAll = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM cards WHERE phase = 0');
  const countReviews = db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM review_log WHERE ${standing}`);
  const perDay = db.prepare<[number, number], { day: string; n: number }>(
    `SELECT date((at_ms + ?) / 1000, 'unixepoch') AS day, count(*) AS n FROM review_log WHERE ${standing} AND at_ms >= ? GROUP BY day`,
  );
  const ratingsSince = db.prepare<[number], { card_id: string; rating: number; at_ms: number; duration_ms: number | null }>(
    `SELECT card_id, rating, at_ms, duration_ms FROM review_log WHERE ${standing} AND at_ms >= ? ORDER BY id`,
  );
  const duePerDay = db.prepare<[number, number, number], { day: string; n: number }>(
    "SELECT date((max(due_ms, ?) + ?) / 1000, 'unixepoch') AS day, count(*) AS n FROM cards WHERE phase > 0 AND due_ms < ? GROUP BY day",
  );
  const allCards = db.prepare<[], CardRow>(`SELECT ${columns} FROM cards ORDER BY new_rank, id`);
  const newPerTopic = db.prepare<{ topics: string | null }, { topic_id: string; n: number }>(
    `SELECT topic_id, count(*) AS n FROM cards WHERE phase = 0 AND ${topicFilter} GROUP BY topic_id ORDER BY min(new_rank)`,
  );

  const addMissing = db.transaction((cards: readonly StoredCard[]) => cards.reduce((n, c) => n + insertCard.run(cardToRow(c)).changes, 0));
  const rate = db.transaction((e: { card: StoredCard; after: StoredCard; rating: Rating; atMs: number; durationMs: number | null }) => {
    updateCard.run(cardToRow(e.after));
    const info = insertLog.run({
      kind: 'rate',
      card_id: e.card.id,
      rating: e.rating,
      at_ms: e.atMs,
      duration_ms: e.durationMs,
      state_before: JSON.stringify(e.card),
      state_after: JSON.stringify(e.after),
      undoes: null,
    });
    return Number(info.lastInsertRowid);
  });
  const undo = db.transaction((r: LoggedRating, atMs: number) => {
    const current = selectCard.get(r.cardId);
    updateCard.run(cardToRow(r.before));
    insertLog.run({
      kind: 'undo',
      card_id: r.cardId,
      rating: null,
      at_ms: atMs,
      duration_ms: null,
      state_before: JSON.stringify(current ? rowToCard(current) : null),
      state_after: JSON.stringify(r.before),
      undoes: r.logId,
    });
  });

  return {
    addMissingCards: (cards) => addMissing(cards),
    getCard: (id) => {
      const row = selectCard.get(id);
      return row ? rowToCard(row) : undefined;
    },
    nextDue: (untilMs) => {
      const row = selectNextDue.get(untilMs);
      return row ? rowToCard(row) : undefined;
    },
    nextNew: (topicIds) => {
      const row = selectNextNew.get({ topics: topicsParam(topicIds) });
      return row ? rowToCard(row) : undefined;
    },
    countDue: (untilMs) => countDue.get(untilMs)?.n ?? 0,
    countNew: (topicIds) => (topicIds === null ? countNewAll.get()?.n : countNew.get({ topics: topicsParam(topicIds) })?.n) ?? 0,
    hasReviewBetween: (fromMs, untilMs) => hasReview.get(fromMs, untilMs) !== undefined,
    countIntroducedSince: (sinceMs) => countIntroduced.get(sinceMs)?.n ?? 0,
    countCards: () => countCards.get()?.n ?? 0,
    recordRating: (entry) => rate(entry),
    lastRating: (sinceMs) => {
      const row = selectLastRating.get(sinceMs);
      if (!row) return undefined;
      return { logId: row.id, cardId: row.card_id, rating: toRating(row.rating), atMs: row.at_ms, durationMs: row.duration_ms, before: JSON.parse(row.state_before) as StoredCard };
    },
    recordUndo: (r, atMs) => undo(r, atMs),
    countReviews: () => countReviews.get()?.n ?? 0,
    reviewsPerDay: (sinceMs, tz) => new Map(perDay.all(tz * 60_000, sinceMs).map((r) => [r.day, r.n])),
    ratingsSince: (sinceMs) => ratingsSince.all(sinceMs).map((r) => ({ cardId: r.card_id, rating: toRating(r.rating), atMs: r.at_ms, durationMs: r.duration_ms })),
    dueCountsPerDay: (fromMs, untilMs, tz) => new Map(duePerDay.all(fromMs, tz * 60_000, untilMs).map((r) => [r.day, r.n])),
    allCards: () => allCards.all().map(rowToCard),
    newCardsPerTopic: (topicIds) => newPerTopic.all({ topics: topicsParam(topicIds) }).map((r) => ({ topicId: r.topic_id, count: r.n })),
  };
}
