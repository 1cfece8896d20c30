"""A stateful fake Cal.com API v2 server for tests, demos and benchmarks.

``FakeCalcom`` is an ASGI application (starlette request/response objects, its own small router)
that behaves like the documented Cal.com API v2 closely enough to exercise an SDK end to end:
authentication, ``cal-api-version`` checks, envelopes, schedules → slots → bookings, team
scheduling, webhooks with signed deliveries, rate limiting and fault injection. It needs the
``testing`` extra (starlette, uvicorn); it never talks to anything but 127.0.0.1/loopback.

Quick start::

    from calcom_async.testing import FakeCalcom, Faults

    fake = FakeCalcom(api_keys=["cal_test_abc"])
    user = fake.user_for_key("cal_test_abc")
    fake.state.add_schedule(user.id, time_zone="Europe/Berlin")       # Mon-Fri 09-17
    et = fake.state.add_event_type(user.id, title="Intro", length_in_minutes=30)

    async with httpx.AsyncClient(transport=fake.transport(), base_url="http://calcom.fake") as c:
        ...                                   # in-process, no sockets
    async with fake.serve() as base_url:      # real uvicorn on http://127.0.0.1:<ephemeral>
        ...

Interface
=========
``FakeCalcom(api_keys=("cal_test_fake",), *, rate_limit=None, faults=None, seed=0, now=None,
clock=None, organization_name="Fake Org", team_name="Fake Team")``

- ``api_keys``: each key (must start with ``cal_``) gets its own user. All of them are OWNER
  members of one organization (``fake.organization``) and one team inside it (``fake.team``),
  so keys can act as hosts of the same team event types. Nothing else exists initially (no
  schedules, event types, bookings or webhooks).
- ``rate_limit``: ``(limit, window_seconds)`` per API key (fixed window; see below), or None.
- ``faults``: a :class:`Faults` or None. ``seed`` seeds the one ``random.Random`` used for faults
  (booking uids come from a separate generator derived from the seed, so the fault sequence
  does not depend on how many bookings were made).
- ``now``: a callable returning an aware datetime (the wall clock; rate windows then use
  ``time.monotonic``), or ``clock``: any object with ``now()`` and ``monotonic()`` — e.g.
  :class:`FakeClock`, which only moves with ``advance()``. Default: real UTC time.

Attributes and methods: ``fake.app`` (the ASGI app), ``fake.transport()`` (an
``httpx.ASGITransport``), ``fake.client(api_key=None, **kw)`` (an in-process
``httpx.AsyncClient`` with base URL ``http://calcom.fake``), ``async with fake.serve() as
base_url`` (uvicorn on 127.0.0.1, ephemeral port, asyncio only, lifespan off, warnings only,
``log_config=None`` so your logging setup is left alone), ``fake.state``
(:class:`FakeState`), ``fake.stats`` (:class:`FakeStats`), ``fake.now()``, ``fake.clock``,
``fake.users`` / ``fake.user_for_key(key)``, ``await fake.wait_for_deliveries(n, timeout=5.0,
ok_only=False)``, ``await fake.aclose()`` (also ``async with fake:``).

State and seeding (``fake.state``)
==================================
Plain dataclasses in dicts keyed by id: ``users``, ``organizations``, ``teams``, ``schedules``,
``event_types``, ``bookings``, ``webhooks``; ``api_keys`` (key → user id); ``deliveries`` (list of
:class:`WebhookDelivery`). Helpers (see their docstrings): ``add_user``, ``add_organization``,
``add_team``, ``add_team_member``, ``add_schedule`` (default availability Mon-Fri 09:00-17:00;
the user's first schedule becomes the default), ``add_event_type``, ``add_team_event_type``
(collective / roundRobin / managed, hosts or all members), ``add_booking`` (bypasses checks),
``add_webhook``; queries ``get_booking(uid)``, ``bookings_for_user``, ``default_schedule``,
``busy``/``overlapping``. Ids per kind start at distinct bases (users 101, orgs/teams 1001,
schedules 3001, event types 4001, bookings 5001, webhooks 6001, credentials 7001).

Routes (paths as upstream)
==========================
``GET /v2/me``; ``GET, POST /v2/event-types``; ``GET, PATCH, DELETE /v2/event-types/{id}``;
``GET /v2/slots``; ``GET, POST /v2/bookings``; ``GET /v2/bookings/{uid}``;
``POST /v2/bookings/{uid}/cancel|reschedule|confirm|decline``; ``GET, POST /v2/schedules``;
``GET /v2/schedules/default``; ``GET, PATCH, DELETE /v2/schedules/{id}``;
``GET /v2/organizations/{orgId}/teams``; ``GET, POST
/v2/organizations/{orgId}/teams/{teamId}/event-types``; ``GET, POST /v2/webhooks``;
``GET, PATCH, DELETE /v2/webhooks/{id}``; ``GET /v2/calendars``;
``GET /v2/calendars/busy-times``. Anything else under ``/v2`` → 404 ``NotFoundException``
("Cannot GET /v2/..."), like NestJS.

Request pipeline and envelopes
==============================
Every response carries ``X-Request-Id``. Order for ``/v2`` requests: faults (latency, drop,
injected error, lost-response decision) → rate limit → route match (404) → auth (401) →
``cal-api-version`` (400) → JSON body (400) → handler.

- Success: ``{"status": "success", "data": ...}`` (+ ``pagination`` for bookings).
- Errors: ``{"status": "error", "timestamp": ..., "path": "/v2/...", "error": {"code":
  "NotFoundException", "message": ..., "details": {...}}}``. Codes: BadRequestException (400),
  UnauthorizedException (401), ForbiddenException (403 — someone else's schedule/event type,
  not a member of the org, confirming a booking you do not host), NotFoundException (404),
  ConflictException (409, duplicate webhook URL), ThrottlerException (429),
  InternalServerError/BadGateway/ServiceUnavailableException (injected 500/502/503).
- Validation errors: 400 BadRequestException, ``details = {"message": [...], "error":
  "Bad Request", "statusCode": 400, "field": "<dotted field name>"}``. Unknown body properties
  are rejected ("property x should not exist"), as Cal.com's whitelisting validation does —
  this catches an SDK sending snake_case or misspelled fields.
- Auth: ``Authorization: Bearer cal_...`` with a key in ``state.api_keys``; else 401.
- ``cal-api-version``: bookings ``2024-08-13``, event types ``2024-06-14``, schedules
  ``2024-06-11``, slots ``2024-09-04`` (me, webhooks, calendars, organizations: none). A missing
  or different value is a 400 naming the expected version. **Deliberately stricter than Cal.com**,
  which silently serves an older endpoint version: the fake's job is to catch SDK bugs.

Semantics
=========
Schedules
    Output ``{id, ownerId, name, timeZone, availability: [{days, startTime, endTime}],
    isDefault, overrides: [{date, startTime, endTime}]}``. Days are names. Create → 201
    (availability defaults to Mon-Fri 09:00-17:00); the first schedule of a user, or one created
    / patched with ``isDefault: true``, becomes the default. Deleting the default promotes the
    user's lowest-id remaining schedule. ``GET /v2/schedules/default`` → ``data: null`` if none.
    An override replaces the weekly rules for its date; ``00:00``-``00:00`` blocks the day; an
    ``endTime`` of ``23:59`` means "until midnight".
Event types
    Personal create → 201 (title, slug, lengthInMinutes required; slug unique per owner);
    GET/PATCH (200)/DELETE (200, ``data: {id, lengthInMinutes, title, slug}``) only for the
    owner. Without ``scheduleId`` the owner's *current* default schedule is used. Fields the fake
    does not interpret (bookerLayouts, color, ...) are stored and echoed. ``confirmationPolicy``
    ``{type: "always"|"time"}`` makes bookings ``pending``. Output ``users``/``hosts`` are objects
    (as the live API returns), not the strings the upstream document declares. List:
    the caller's own, or ``username``/``usernames`` (non-hidden), ``eventSlug``,
    ``sortCreatedAt``. Team event types: create needs title, slug, lengthInMinutes,
    schedulingType and ``hosts [{userId, mandatory?, priority?}]`` (team members) or
    ``assignAllTeamMembers: true``; only team OWNER/ADMIN may create. Each host uses their own
    schedule (``Host.schedule_id``, else the event type's ``scheduleId``, else their default).
Slots (``GET /v2/slots``)
    ``start``/``end`` required (ISO 8601, UTC unless an offset is given; a bare date means the
    start / end of that day *in the requested timeZone*); ``eventTypeId`` or ``eventTypeSlug`` +
    ``username``/``teamSlug``, or ``usernames`` (≥ 2; collective over their default schedules,
    ``duration`` default 30); ``timeZone`` (default UTC), ``duration`` (must be the length or one
    of ``lengthInMinutesOptions``), ``format=range``, ``bookingUidToReschedule`` (that booking does
    not block). Slots are laid on a grid from the start of each availability window with step
    ``slotInterval`` or the length; a slot must fit entirely in the window, start within
    ``[start, end]``, start at or after ``now() + minimumBookingNotice`` and not overlap any
    accepted/pending booking of the host(s) - the candidate padded with its event type's
    before/after buffers, existing bookings padded with theirs (as when booked). Collective:
    all hosts' windows are intersected and all must be free. Round robin (and managed,
    simplified to round robin): a slot is offered when any non-mandatory host is free
    (mandatory hosts must all be free). Output groups by local date of ``timeZone``:
    ``{"2050-09-05": [{"start": "2050-09-05T09:00:00.000+02:00"}]}`` (``end`` added with
    ``format=range``; ``Z`` offset for UTC). No slots → ``{}``.
Bookings
    Create → 201 with the BookingOutput_2024_08_13 shape (id, uid, title, description, hosts,
    status, start, end, duration, eventTypeId, eventType {id, slug}, location, meetingUrl,
    absentHost, attendees, guests, bookingFieldsResponses, metadata, createdAt, updatedAt;
    optional fields such as cancellationReason / rescheduledFromUid are omitted while unset).
    Times are UTC ``...T09:00:00.000Z``. The requested interval must lie inside an availability
    window of every required host and overlap no accepted/pending booking — it need *not* be on
    the slot grid (Cal.com checks availability, not grid alignment). Status ``pending`` when the
    event type requires confirmation, else ``accepted``. Round robin picks, among free hosts,
    the highest ``priority``, then the least recently booked (for that event type), then host
    order; collective makes every host a host of the booking. Metadata: ≤ 50 keys, keys ≤ 40
    chars, string values ≤ 500 chars, values string/number/boolean → else 400.

    **Conflicts**: a start that is taken or outside availability → **400 BadRequestException**
    with message ``CONFLICT_MESSAGE`` = "User either already has booking at this time or is not
    available" (personal event types) or ``TEAM_CONFLICT_MESSAGE`` = "One of the hosts either
    already has booking at this time or is not available" (team event types). Chosen because
    Cal.com API v2 maps its core "no available users" booking error to a BadRequestException
    with exactly these texts (seen in public copies of its v2 bookings service, and SDK users in
    the wild match on the first one) - not a 409. A start in the past → 400 "Attempting to book
    a meeting in the past."; inside the minimum booking notice → 400 (field ``start``) saying so.

    Cancel → 200, status ``cancelled`` (400 if already cancelled/rejected). Reschedule → 201
    with a new booking (same duration, attendees; round robin keeps the old host when free),
    the old one becomes ``cancelled`` with ``rescheduled: true`` and ``rescheduledToUid``; the
    new one has ``rescheduledFromUid``, ``reschedulingReason``, ``rescheduledByEmail``. The old
    booking does not block its own reschedule. Confirm (pending → accepted) and decline
    (pending → rejected, reason stored as cancellationReason) → 200, host/team admin only.
    ``GET /v2/bookings/{uid}`` returns any booking (as upstream, uid is the secret).
Listing bookings
    Visible: bookings the caller hosts, of the caller's event types, or of teams where the
    caller is OWNER/ADMIN. Filters: ``status`` (upcoming = accepted/pending ending ≥ now; past =
    accepted/pending ended; cancelled = cancelled or rejected; unconfirmed = pending ending ≥
    now; recurring = none, the fake has no recurring bookings; comma-separated = union),
    ``attendeeEmail`` (case-insensitive exact), ``attendeeName`` (case-insensitive substring),
    ``bookingUid``, ``eventTypeId(s)``, ``teamId``/``teamsIds``, ``afterStart``, ``beforeEnd``,
    created/updated ranges; sort by one of ``sortStart``/``sortEnd``/``sortCreated``/
    ``sortUpdatedAt`` (default start ascending). ``take`` 1-250 (default 100; more → 400),
    ``skip`` ≥ 0. ``pagination``: totalItems, remainingItems, returnedItems, itemsPerPage,
    currentPage (skip // take + 1), totalPages, hasNextPage, hasPreviousPage. Webhooks and org
    teams take ``take`` 1-250 (default 250) and ``skip`` without a pagination block; event types
    and schedules are not paginated.
Webhooks
    Create ``{subscriberUrl, triggers: [...], active, secret?, payloadTemplate?, version?}`` →
    201 (409 for a duplicate URL of the same user); list/get/patch/delete (200; delete returns
    the deleted webhook). Triggers fired: BOOKING_CREATED (create; confirm), BOOKING_REQUESTED
    (create of a pending booking), BOOKING_CANCELLED, BOOKING_RESCHEDULED (for the new booking;
    payload has ``rescheduleUid`` of the old one), BOOKING_REJECTED — to active webhooks of the
    booking's hosts. Body ``{"triggerEvent", "createdAt", "payload"}`` (compact JSON; or the
    rendered ``payloadTemplate`` with ``{{var}}``/``{{a.b}}`` substitution); header
    ``X-Cal-Signature-256`` = hex HMAC-SHA256 of the exact body with the secret
    (``no-secret-provided`` without a secret). Deliveries run in background asyncio tasks (the
    API response never waits; a failing subscriber never affects the API), one attempt each, no
    retries, and **only to loopback hosts** (127.0.0.0/8, ::1, localhost); others are recorded as
    refused without any network access. Each attempt is a :class:`WebhookDelivery` in
    ``state.deliveries``; ``await fake.wait_for_deliveries(n)`` waits for completed attempts.
    Use :func:`verify_signature` to check a signature. Without a running asyncio loop (the app
    driven in-process under trio) deliveries run after the response within the same request.
Calendars
    ``GET /v2/calendars``: one fake Google calendar per user (``credentialId`` =
    ``user.credential_id``, ``externalId`` = the user's email) plus ``destinationCalendar``.
    ``GET /v2/calendars/busy-times`` needs ``credentialId``, ``externalId``, ``dateFrom``,
    ``dateTo`` and ``timeZone`` (or ``loggedInUsersTz``); dates are whole local days; returns
    ``[{start, end, source: null}]`` for the user's *accepted* bookings. A credential/calendar
    of another user → 404.
Rate limiting
    Per bearer token (or client address without one), fixed windows of ``window_seconds``
    started by the first request, measured with ``clock.monotonic()`` (real ``time.monotonic``
    by default, so it works with real time over loopback). Every ``/v2`` response (once past
    the fault stage) carries ``X-RateLimit-Limit-default``, ``X-RateLimit-Remaining-default``,
    ``X-RateLimit-Reset-default`` (whole seconds until the window resets, ≥ 1). Over the limit:
    429 ThrottlerException with ``Retry-After`` (and ``Retry-After-default``) = that reset.
    Refused requests count towards the window.
Faults (``Faults(error_rate, drop_rate, latency, lost_response_rate)``, ``/v2`` only)
    Drawn from ``random.Random(seed)`` in a fixed pattern per API request, so the same seed and
    request order give the same sequence (``stats.fault_log``). What the client sees:

    - *error*: a normal HTTP 500/502/503 response with the error envelope; nothing applied.
    - *drop* (nothing applied) and *lost_response* (the request **is** applied, then the
      connection is closed without a response): over real HTTP (``serve()``) the fake closes the
      socket before any response byte — httpx raises ``httpx.RemoteProtocolError`` ("Server
      disconnected without sending a response."). Raising inside the app would not do: uvicorn
      answers 500 to an exception raised before the response starts, so the fake closes
      uvicorn's transport instead. In-process (``ASGITransport``) the app raises
      ``httpx.RemoteProtocolError`` itself, which ASGITransport passes through, so the client
      sees the same exception type in both modes.
    - *latency*: the request is delayed by ``uniform(lo, hi)`` seconds (``anyio.sleep``).
Concurrency and performance
    Handlers are synchronous after the body is read: there is no ``await`` between the
    availability check and the insert, so two concurrent bookings of one slot cannot both
    succeed. Active bookings are indexed per host (sorted by start, bisect), so conflict and
    slot checks cost O(log n) per candidate, not a scan of all bookings.
Clock
    ``fake.now()`` drives "past"/"upcoming", minimum notice and slot filtering; timestamps in
    responses use it too.

Known simplifications: no seats, recurring or instant bookings (400), no booking limits or
booking windows, managed event types behave like round robin, bookingFields are not validated
(``bookingFieldsResponses`` is stored and echoed), no retries for webhook deliveries.
"""

from __future__ import annotations

from ._app import FakeCalcom
from ._drift import Drift
from ._faults import Clock, FakeClock, FakeStats, Faults, SystemClock
from ._state import (
    Attendee,
    Availability,
    Booking,
    EventType,
    FakeState,
    Host,
    Organization,
    Override,
    Schedule,
    Team,
    User,
    Webhook,
    WebhookDelivery,
)
from ._throttle import RateLimit
from ._webhooks import is_loopback_url, sign, verify_signature
from .routes.bookings import CONFLICT_MESSAGE, TEAM_CONFLICT_MESSAGE

__all__ = [
    "CONFLICT_MESSAGE",
    "TEAM_CONFLICT_MESSAGE",
    "Attendee",
    "Availability",
    "Booking",
    "Clock",
    "Drift",
    "EventType",
    "FakeCalcom",
    "FakeClock",
    "FakeState",
    "FakeStats",
    "Faults",
    "Host",
    "Organization",
    "Override",
    "RateLimit",
    "Schedule",
    "SystemClock",
    "Team",
    "User",
    "Webhook",
    "WebhookDelivery",
    "is_loopback_url",
    "sign",
    "verify_signature",
]
