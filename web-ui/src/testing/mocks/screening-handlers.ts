import { http, HttpResponse } from 'msw';

import { db, type FakeJob, type ScreeningRecord } from './db';
import { problem } from './handlers';

// A simplified list-snapshot and screening server: any uploaded file whose text contains "MALFORMED" is refused
// with the line number, one with only a header line is held PENDING_CONFIRMATION (ADR 0009), and a screened name
// containing "aerocargo" hits one DPL entry. Not the real engine.

const SNAPSHOT_ID = '11111111-1111-4111-8111-111111111111';
const ENTRY_NAME = 'AEROCARGO DEL SUR TRANSPORTATION COMPANY';

export function seedSnapshot(overrides: Record<string, unknown> = {}) {
  const snapshot = {
    id: SNAPSHOT_ID,
    source: 'BIS_DPL',
    sha256: 'ab'.repeat(32),
    files: [{ name: 'dpl.txt', sha256: 'ab'.repeat(32) }],
    importedAt: '2026-11-25T13:00:00Z',
    importedBy: 'adam',
    counts: { entries: 20, individuals: 12, entities: 8, other: 0, aliases: 0 },
    previousSnapshotId: null,
    diff: { added: 20, removed: 0, changed: 0 },
    active: true,
    status: 'ACTIVE',
    statusReason: null,
    rescreening: 'no parties to re-screen',
    listName: 'Denied Persons List',
    publisher: 'U.S. Department of Commerce, Bureau of Industry and Security',
    ...overrides,
  };
  db.snapshots.push(snapshot);
  return snapshot;
}

function disposition(id: string, hitId: string, screeningId: string, decision: string, reason: string) {
  return { id, decision, reason, decidedBy: 'alice', decidedAt: '2026-11-20T10:00:00Z', screeningId, hitId };
}

export const screeningHandlers = [
  http.get('/api/v1/list-snapshots', () => HttpResponse.json({ items: db.snapshots, total: db.snapshots.length })),

  http.post('/api/v1/list-snapshots', async ({ request }) => {
    const source = new URL(request.url).searchParams.get('source') ?? '';
    // NB: the multipart body is read as text (one file part is enough here) rather than with request.formData().
    const raw = await request.text();
    const start = raw.indexOf('filename=');
    if (start < 0) {
      return problem(400, 'invalid-request', 'Invalid request', {
        violations: [{ field: 'file', message: 'a file is required' }],
      });
    }
    const bodyStart = raw.indexOf('\r\n\r\n', start) + 4;
    const text = raw.slice(bodyStart, raw.indexOf('\r\n--', bodyStart));
    const lines = text.split('\n');
    const bad = lines.findIndex((line) => line.includes('MALFORMED'));
    if (bad >= 0) {
      return problem(400, 'invalid-request', 'Invalid request', {
        detail: 'The request body has invalid fields.',
        violations: [{ field: 'file', message: `line ${bad + 1}: expected 12 tab-separated fields, found 1` }],
      });
    }
    const active = db.snapshots.find((s) => s['source'] === source && s['active']);
    if (text.trim().split('\n').length === 1) {
      const activeEntries = active ? (active['counts'] as { entries: number }).entries : 0;
      const held = seedSnapshot({
        id: crypto.randomUUID(),
        source,
        sha256: 'ee'.repeat(32),
        importedAt: '2026-11-25T14:00:00Z',
        importedBy: db.currentUsername,
        counts: { entries: 0, individuals: 0, entities: 0, other: 0, aliases: 0 },
        previousSnapshotId: active ? active['id'] : null,
        diff: { added: 0, removed: activeEntries, changed: 0 },
        active: false,
        status: 'PENDING_CONFIRMATION',
        statusReason: `has no entries${activeEntries > 0 ? `; would remove ${activeEntries} of ${activeEntries} entries (100% > 20%)` : ''}`,
        rescreening: null,
      });
      return HttpResponse.json(held, { status: 202 });
    }
    for (const s of db.snapshots) {
      if (s['source'] === source && s['active']) {
        s['active'] = false;
        s['status'] = 'SUPERSEDED';
      }
    }
    const snapshot = seedSnapshot({
      id: crypto.randomUUID(),
      source,
      listName: source === 'OFAC_SDN' ? 'OFAC Specially Designated Nationals and Blocked Persons List (SDN)' : source,
      publisher: source === 'OFAC_SDN' ? 'U.S. Department of the Treasury, Office of Foreign Assets Control' : null,
      sha256: 'cd'.repeat(32),
      importedAt: '2026-11-25T14:00:00Z',
      importedBy: db.currentUsername,
      counts: { entries: lines.length - 1, individuals: 0, entities: lines.length - 1, other: 0, aliases: 0 },
      diff: { added: lines.length - 1, removed: 0, changed: 0 },
    });
    return HttpResponse.json(snapshot, { status: 201 });
  }),

  http.post('/api/v1/list-snapshots/:id/:decision', ({ params }) => {
    const snapshot = db.snapshots.find((s) => s['id'] === params['id']);
    if (!snapshot) return problem(404, 'not-found', 'Not found');
    if (snapshot['status'] !== 'PENDING_CONFIRMATION') {
      return problem(409, 'conflict', 'Conflict', {
        detail: `list snapshot ${String(snapshot['id'])} is ${String(snapshot['status'])}, not PENDING_CONFIRMATION`,
      });
    }
    if (params['decision'] === 'activate') {
      for (const s of db.snapshots) {
        if (s['source'] === snapshot['source'] && s['active']) {
          s['active'] = false;
          s['status'] = 'SUPERSEDED';
        }
      }
      snapshot['active'] = true;
      snapshot['status'] = 'ACTIVE';
      snapshot['rescreening'] = 'no added or changed entries to re-screen';
    } else if (params['decision'] === 'reject') {
      snapshot['status'] = 'REJECTED';
    } else {
      return problem(404, 'not-found', 'Not found');
    }
    return HttpResponse.json(snapshot);
  }),

  http.post('/api/v1/screenings', async ({ request }) => {
    const body = (await request.json()) as { partyId?: string; name: string };
    const id = crypto.randomUUID();
    const hits: ScreeningRecord['hits'] = [];
    if (/aerocargo/i.test(body.name)) {
      const score = { nameScore: 0.981, tokenScore: 0.95, nameSimilarity: 0.975, dobMatch: 'NOT_GIVEN', countryMatch: 'NOT_GIVEN', typeMatch: 'NOT_GIVEN', finalScore: 0.975 };
      const hit = (rank: number, entryKey: string, previous: boolean) => {
        const hitId = crypto.randomUUID();
        return {
          id: hitId,
          rank,
          snapshotId: SNAPSHOT_ID,
          entryKey,
          entryContentHash: 'ef'.repeat(32),
          entryName: previous ? `${ENTRY_NAME} (ALIAS)` : ENTRY_NAME,
          matchedName: previous ? `${ENTRY_NAME} (ALIAS)` : ENTRY_NAME,
          score,
          previouslyDispositioned: previous,
          previousDisposition: previous
            ? disposition(crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID(), 'FALSE_POSITIVE', 'Different company, checked in 2025')
            : null,
          dispositions: [] as Record<string, unknown>[],
        };
      };
      hits.push(hit(1, 'BIS_DPL:14', false), hit(2, 'BIS_DPL:15', true));
    }
    const screening: ScreeningRecord = {
      id,
      partyId: body.partyId ?? null,
      query: { name: body.name, dateOfBirth: null, country: null, type: null },
      snapshots: [
        {
          id: SNAPSHOT_ID,
          sha256: 'ab'.repeat(32),
          source: 'BIS_DPL',
          listName: 'Denied Persons List',
          publisher: 'U.S. Department of Commerce, Bureau of Industry and Security',
          importedAt: '2026-11-25T13:00:00.123456Z',
        },
      ],
      engineVersion: 'clearance-screening 1.0 (test)',
      threshold: 0.92,
      screenedAt: '2026-11-25T14:05:00Z',
      screenedBy: db.currentUsername,
      raised: hits.filter((h) => !h['previouslyDispositioned']).length,
      hits,
    };
    db.screenings[id] = screening;
    return HttpResponse.json(screening, { status: 201 });
  }),

  http.get('/api/v1/screenings/:id', ({ params }) => {
    const screening = db.screenings[String(params['id'])];
    return screening ? HttpResponse.json(screening) : problem(404, 'not-found', 'Not found');
  }),

  http.post('/api/v1/screenings/:id/hits/:hitId/disposition', async ({ params, request }) => {
    const screening = db.screenings[String(params['id'])];
    const hit = screening?.hits.find((h) => h.id === params['hitId']);
    if (!screening || !hit) return problem(404, 'not-found', 'Not found');
    const body = (await request.json()) as { decision?: string; reason?: string };
    if (!body.reason?.trim()) {
      return problem(400, 'invalid-request', 'Invalid request', {
        violations: [{ field: '$.reason', message: 'must not be blank' }],
      });
    }
    const d = { ...disposition(crypto.randomUUID(), hit.id, screening.id, body.decision ?? '', body.reason), decidedBy: db.currentUsername, decidedAt: '2026-11-25T14:06:00Z' };
    hit.dispositions.push(d);
    return HttpResponse.json(d, { status: 201 });
  }),

  http.post('/api/v1/screening-jobs', () => {
    const job: FakeJob = {
      id: crypto.randomUUID(),
      kind: 'FULL',
      trigger: 'manual',
      snapshotId: null,
      status: 'QUEUED',
      total: 0,
      processed: 0,
      hitsRaised: 0,
      requestedAt: '2026-11-25T14:20:00Z',
      requestedBy: db.currentUsername,
    };
    db.jobs.unshift(job);
    // NB: like the server, nulls are left out of the body.
    return HttpResponse.json(job, { status: 202, headers: { Location: `/api/v1/screening-jobs/${job.id}` } });
  }),

  http.get('/api/v1/screening-jobs', () => {
    if (db.jobsAdvance) {
      for (const job of db.jobs) {
        if (job.status === 'QUEUED') {
          Object.assign(job, { status: 'RUNNING', total: db.jobTotal, startedAt: '2026-11-25T14:20:01Z' });
        } else if (job.status === 'RUNNING') {
          job.processed = Math.min(job.total, job.processed + db.jobStep);
          if (job.processed >= job.total) Object.assign(job, { status: 'COMPLETED', finishedAt: '2026-11-25T14:20:09Z' });
        }
      }
    }
    return HttpResponse.json(db.jobs.map((j) => ({ ...j })));
  }),

  http.get('/api/v1/screening-alerts', ({ request }) => {
    const open = new URL(request.url).searchParams.get('open') === 'true';
    return HttpResponse.json(db.alerts.filter((a) => !open || !a.acknowledgedAt));
  }),

  http.post('/api/v1/screening-alerts/:id/acknowledge', ({ params }) => {
    const alert = db.alerts.find((a) => a.id === params['id']);
    if (!alert) return problem(404, 'not-found', 'Not found', { detail: `no screening alert ${String(params['id'])}` });
    if (!alert.acknowledgedAt) Object.assign(alert, { acknowledgedAt: '2026-11-25T14:30:00Z', acknowledgedBy: db.currentUsername });
    return HttpResponse.json(alert);
  }),
];
