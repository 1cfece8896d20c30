"""A stateful fake Cal.com API v2 server for tests, demos and benchmarks.

``FakeCalcom`` is an ASGI application that behaves like Cal.com's API v2 closely enough to
exercise an SDK, or any HTTP client, end to end: authentication, ``cal-api-version`` checks,
envelopes, schedules → slots → bookings, team scheduling, signed webhook deliveries in Cal.com's
payload shapes, Cal.com's throttler (windows, blocks, named limits), switchable quirks of the real
API, and reproducible fault injection. It needs the ``testing`` extra (starlette, uvicorn:
``pip install 'calcom-async[testing]'``) and never talks to anything but 127.0.0.1/loopback.

Quick start::

    from calcom_async.testing import FakeCalcom, Faults, RateLimit

    fake = FakeCalcom(api_keys=["cal_test_abc"], rate_limit=RateLimit())  # Cal.com's 120/60 s
    user = fake.user_for_key("cal_test_abc")
    fake.state.add_schedule(user.id, time_zone="Europe/Berlin")       # Mon-Fri 09-17
    et = fake.state.add_event_type(user.id, title="Intro", length_in_minutes=30)

    async with httpx.AsyncClient(transport=fake.transport(), base_url="http://calcom.fake") as c:
        ...                                   # in-process, no sockets
    async with fake.serve() as base_url:      # real uvicorn on http://127.0.0.1:<ephemeral>
        ...

From a shell: ``python -m calcom_async.testing serve [--port 8787] [--seed N]
[--rate-limit 120/60[/60]|off] [--faults error=0.05,drop=0.01,lost=0.01,latency=0-0.2]
[--drift all|NAMES] [--key cal_...]`` serves a pre-seeded fake (a user whose key is printed, a
schedule, two event types, a team with a round-robin event type) until Ctrl-C, for curl, the
``calcom-async`` CLI or an app in any language. ``uvicorn.run(fake.app)`` works too.

Interface
=========
``FakeCalcom(api_keys=("cal_test_fake",), *, rate_limit=None, faults=None, seed=0, now=None,
clock=None, organization_name="Fake Org", team_name="Fake Team", drift=None)``

- ``api_keys``: each key (must start with ``cal_``) gets its own user. All of them are OWNER
  members of one organization (``fake.organization``) and one team inside it (``fake.team``),
  so keys can act as hosts of the same team event types. Nothing else exists initially.
- ``rate_limit``: the API keys' limits, see "Throttling": None (default: no throttling at all),
  ``(limit, window_seconds)``, a :class:`RateLimit` or a sequence of named ``RateLimit`` objects.
  ``fake.rate_limit`` can be reassigned at any time.
- ``faults``: a :class:`Faults` or None (``fake.faults`` can be reassigned). ``seed`` seeds
  the one ``random.Random`` used for faults (booking uids come from a separate generator
  derived from the seed, so the fault sequence does not depend on how many bookings were made).
- ``now``: a callable returning an aware datetime (the wall clock; rate windows then use
  ``time.monotonic``), or ``clock``: any object with ``now()`` and ``monotonic()`` — e.g.
  :class:`FakeClock`, which only moves with ``advance()``. Default: real UTC time.
- ``drift``: a :class:`Drift`, ``True`` (every quirk) or None, see "Quirks".

Attributes and methods: ``fake.app`` (the ASGI app), ``fake.transport()`` (an
``httpx.ASGITransport``), ``fake.client(api_key=None, **kw)`` (an in-process
``httpx.AsyncClient`` with base URL ``http://calcom.fake``), ``async with fake.serve(port=0) as
base_url`` (uvicorn on 127.0.0.1, asyncio only, lifespan off, warnings only, ``log_config=None``
so your logging setup is left alone), ``fake.state`` (:class:`FakeState`), ``fake.stats``
(:class:`FakeStats`), ``fake.throttler`` (per-key limits, see below), ``fake.drift``,
``fake.now()``, ``fake.clock``, ``fake.users`` / ``fake.user_for_key(key)``, ``fake.routes``,
``fake.add_area(area)`` (serve extra routes, see "Adding routes"), ``fake.emit_webhook(trigger,
booking)``, ``fake.book_private_link(link_id, start=..., name=..., email=..., time_zone=...)``
(a booking made on a private link's page, which API v2 cannot make; raises :class:`ApiError`),
``await fake.wait_for_deliveries(n, timeout=5.0, ok_only=False)``, ``await fake.aclose()``
(also ``async with fake:``).

State and seeding (``fake.state``)
==================================
Plain dataclasses in dicts keyed by id: ``users``, ``organizations``, ``teams`` (each with its
``memberships``: user id → :class:`Membership`; ``team.members`` is the accepted ones' roles),
``schedules``, ``event_types``, ``bookings``, ``webhooks``, ``private_links`` (by link id);
``api_keys`` (key → user id); ``deliveries`` (list of :class:`WebhookDelivery`). Helpers (see
their docstrings): ``add_user``, ``remove_user``, ``add_organization``, ``add_team``,
``add_team_member`` (``role=``, ``accepted=``), ``remove_team_member``, ``delete_team``,
``add_schedule`` (default availability Mon-Fri 09:00-17:00; the user's first schedule becomes
the default), ``add_event_type``, ``add_team_event_type`` (collective / roundRobin / managed,
hosts or all members), ``delete_event_type``, ``add_booking`` (bypasses checks; any
``status``), ``add_webhook`` (``event_type_id=`` for an event type's), ``add_private_link``;
queries ``get_booking(uid)``, ``bookings_for_user``, ``default_schedule``,
``busy``/``overlapping``. Hosts of team event types follow the accepted memberships. Ids per
kind start at distinct bases (users 101, orgs/teams 1001, schedules 3001, event types 4001,
bookings 5001, webhooks 6001, credentials 7001, memberships 8001,
booking references 9001).

Slot reservations, what Cal.com records about a booking and calendar connections are in
``_state_extras.py``: ``reservations`` (``add_reservation``), ``booking_references`` /
``recordings`` / ``transcripts`` / ``conferencing_sessions`` per booking uid
(``add_booking_reference``, ``add_recording``, ``add_transcript``,
``add_conferencing_session``), ``calendar_connections`` (``add_calendar_connection``; every user
starts with one Google calendar), ``selected_calendars``, ``destination_calendars``.

Request pipeline and envelopes
==============================
Every response carries ``X-Request-Id``. Order for ``/v2`` requests (in ``_app.py``, the only
place that does any of it): faults (latency, drop, injected error, lost-response decision) →
route match (404 ``NotFoundException`` "Cannot GET /v2/...", like NestJS; not throttled) →
throttling (429) → auth (401) → ``cal-api-version`` (400) → JSON body (400) → handler.

- Success: ``{"status": "success", "data": ...}`` (+ ``pagination`` for bookings).
- Errors: ``{"status": "error", "timestamp": ..., "path": "/v2/...", "error": {"code":
  "NotFoundException", "message": ..., "details": {...}}}``. Codes: BadRequestException (400),
  UnauthorizedException (401), ForbiddenException (403 — someone else's schedule/event type,
  not a member of the org or team, a team change your role does not allow, confirming a booking
  you do not host), NotFoundException (404), ConflictException (409, duplicate webhook URL, a
  team slug taken, a user already in the team), ThrottlerException (429),
  InternalServerError/BadGateway/ServiceUnavailableException (injected 500/502/503).
- Validation errors: 400 BadRequestException, ``details = {"message": [...], "error":
  "Bad Request", "statusCode": 400, "field": "<dotted field name>"}``. Unknown body properties
  are rejected ("property x should not exist"), as Cal.com's whitelisting validation does —
  this catches an SDK sending snake_case or misspelled fields.
- Auth: ``Authorization: Bearer cal_...`` with a key in ``state.api_keys``; else 401.
- ``cal-api-version``: bookings ``2024-08-13``, event types ``2024-06-14``, schedules
  ``2024-06-11``, slots ``2024-09-04`` (me, webhooks, calendars, organizations: none). A missing
  or different value is a 400 naming the expected version. **Strict by default**, where Cal.com
  silently serves an older endpoint version, because the fake cannot serve those old versions'
  shapes: answering a request that lacks the header as if it had it would be *kinder* than
  Cal.com and hide the bug; the 400 shows it. ``Drift(version_fallback=True)`` gives Cal.com's
  silent fallback (with the old listing's ignored ``attendeeEmail``) for code that needs it.

Routes and their semantics (paths as upstream)
==============================================
One module per area in :mod:`calcom_async.testing.routes`; each module's docstring documents
its behaviour: ``me`` (``GET, PATCH /v2/me``), ``event_types`` (``GET, POST /v2/event-types``;
``GET, PATCH, DELETE /v2/event-types/{id}``), ``slots`` (``GET /v2/slots``),
``slot_reservations`` (``POST /v2/slots/reservations``; ``GET, PATCH, DELETE
.../reservations/{uid}``), ``bookings`` (``POST /v2/bookings``; ``GET /v2/bookings/{uid}``;
``POST .../cancel|reschedule|confirm|decline``), ``booking_actions`` (``POST
.../mark-absent|reassign|reassign/{userId}|guests``, ``PATCH .../location``),
``booking_records`` (``GET
.../calendar-links|references|recordings|transcripts|conferencing-sessions``),
``booking_list`` (``GET /v2/bookings``), ``schedules`` (``GET, POST /v2/schedules``;
``GET /v2/schedules/default``; ``GET, PATCH, DELETE /v2/schedules/{id}``), ``webhooks``
(``GET, POST /v2/webhooks``; ``GET, PATCH, DELETE /v2/webhooks/{id}``), ``calendars`` (``GET
/v2/calendars``, ``GET /v2/calendars/busy-times``, ``GET .../{calendar}/check``, ``POST
.../{calendar}/disconnect``, ``GET /v2/calendars/ics-feed/check``, ``POST .../ics-feed/save``,
``POST, DELETE /v2/selected-calendars``, ``PUT /v2/destination-calendars``),
``event_type_webhooks`` (``/v2/event-types/{id}/webhooks[/{webhookId}]``), ``private_links``
(``/v2/event-types/{id}/private-links[/{linkId}]``); teams, each on the plain
``/v2/teams/...`` path and the organization's ``/v2/organizations/{orgId}/teams/...`` one:
``teams`` (the teams, ``.../me``, invitations; the shared role checks), ``team_event_types``,
``memberships``, ``team_bookings`` (bookings, booking references, member schedules).
``fake.routes`` lists them all.

A taken or unavailable slot answers **400** ``BadRequestException`` with
:data:`CONFLICT_MESSAGE` / :data:`TEAM_CONFLICT_MESSAGE` (Cal.com's texts), not 409. A slot held
by somebody else's active reservation answers 400 "Someone else reserved this booking time slot
before you. ..." until the reservation expires on the fake's clock, is deleted, or is used up by
a booking that presents its uid (``reservedSlotUid``).

Adding routes
=============
An area is a module in ``routes/`` with one :class:`~._routing.Area` called ``area``; adding
an area is adding such a module and listing it in ``routes.AREA_MODULES``::

    from .._routing import Area, Ctx, Reply, ok
    from .._throttle import GUESTS_ADD_LIMIT  # RateLimit(5, 60, 60, "booking_guests_add")
    from .bookings import booking_or_404, booking_out

    area = Area("booking-guests", version="2024-08-13")   # the area's cal-api-version

    @area.route("POST", "/v2/bookings/{bookingUid}/guests", throttle=GUESTS_ADD_LIMIT)
    def add_guests(ctx: Ctx) -> Reply:
        booking = booking_or_404(ctx)
        ...                                         # validate all, then change the state
        return ok(booking_out(ctx, booking))

Per route: ``version=`` (override the area's; ``None``: no header), ``auth=`` (``"required"``,
the default: ``ctx.user`` is the caller; ``"optional"``: ``ctx.caller`` may be None;
``"none"``), ``throttle=`` (a :class:`RateLimit` replacing the key's limits on that route, as
Cal.com's ``@Throttle`` does). Literal path segments win over ``{params}`` wherever they are
registered. Handlers are synchronous ``(ctx) -> Reply`` functions; ``ctx`` has ``user`` /
``caller``, ``params`` / ``int_param()``, ``query``, ``headers``, ``body`` / ``body_obj()``,
``state``, ``now()``, ``drift``, ``emit(trigger, booking)`` and ``version_fell_back``. Raise
:class:`~._routing.ApiError` (or ``bad_request`` / ``not_found`` / ``forbidden``; the helpers of
``_validate.py`` word field errors like Cal.com) to answer an error. The pipeline does the rest.
``fake.add_area(area)`` serves an area built outside ``routes/`` (e.g. a test-only endpoint).

Throttling
==========
As Cal.com's API v2 guard applies it (``_throttle.py`` has the details and the source it
follows). Each caller is counted on its own — an API key; an access token (any other bearer
token); an OAuth client (``x-cal-client-id``); else the client address — in **fixed windows** of
``ttl`` seconds opened by the first request after the last window expired. The request that
exceeds ``limit`` starts a **block** of ``block_duration`` seconds: every request in it gets 429
``ThrottlerException``, even after the window resets, and refused requests still count (a client
hammering through a block is blocked again when it ends). Each limit reports
``X-RateLimit-Limit-<Name>``, ``X-RateLimit-Remaining-<Name>`` (0 while blocked) and
``X-RateLimit-Reset-<Name>`` (whole seconds, rounded up, to the end of the block, else of the
window), name first letter upper-cased (``-Default``). **No** ``Retry-After``.

- ``RateLimit(limit=120, ttl=60.0, block_duration=60.0, name="default")``: defaults are
  Cal.com's for an API key. ``rate_limit=(limit, window)`` is shorthand for ``RateLimit(limit,
  ttl=window, block_duration=window)`` (Cal.com's shape at your time scale: a short window in a
  test does not make one refusal cost a minute).
- Several named limits per key (``rate_limit=[RateLimit(10, 1, 1, "short"), RateLimit(1000,
  3600, 3600, "long")]``, or for one key ``fake.throttler.set_key_limits(key, [...])``): all
  are counted and reported; a request is refused only when **every** one is blocked.
- A route's own ``throttle`` replaces the key's limits there (only it is counted and reported;
  ``_throttle.GUESTS_ADD_LIMIT`` and ``LOCATION_UPDATE_LIMIT`` are Cal.com's, 5 per 60 s).
- Access tokens and OAuth clients get 500 per 60 s, client addresses 120 per 60 s
  (``fake.throttler.defaults``). A ``cal_`` key the fake does not know is not counted (401).
- ``fake.stats.rate_limited`` counts 429s, ``fake.stats.blocks`` blocks started.

Quirks (``drift=``)
===================
``Drift(extra_fields=, unknown_values=, version_fallback=)`` switches on answers the real API
gives that its documents do not predict: unknown fields on every record and webhook payload;
an event-type location kind and a webhook trigger nobody knows; the silent version fallback
above. Per object: bookings with ``status="awaiting_host"`` (seed or assign it; it blocks no
time) and hosts whose user is gone (``state.remove_user``), rendered ``{"id": "unknown", ...}``
as Cal.com does. Details in ``_drift.py``.

Webhooks
========
Fired by the API for BOOKING_CREATED (create; confirm), BOOKING_REQUESTED (create of a pending
booking), BOOKING_CANCELLED, BOOKING_RESCHEDULED (for the new booking) and BOOKING_REJECTED, to
the active webhooks of the booking's hosts (and of its event type, ``Webhook.event_type_id``).
``fake.emit_webhook(trigger, booking)`` sends the triggers with no API cause in the fake
(MEETING_STARTED/ENDED, AFTER_*_CAL_VIDEO_NO_SHOW, RECORDING_READY, BOOKING_PAID...);
BOOKING_NO_SHOW_UPDATED also fires when ``mark-absent`` changes attendees.
Payloads follow Cal.com's per trigger (``_payloads.py``): the calendar event for BOOKING_*
(``uid``, ``startTime``/``endTime``, upper-case ``status`` such as ``ACCEPTED`` / ``PENDING``,
organizer and attendees with ``utcOffset``, labelled ``responses``, cancellation / reschedule
fields), the booking row without ``uid`` for MEETING_STARTED/ENDED, and so on.
Body ``{"triggerEvent", "createdAt", "payload"}`` (compact JSON), or the rendered
``payloadTemplate`` (``{{var}}``/``{{a.b}}``; sent form-encoded when the template is not JSON).
Headers: ``X-Cal-Signature-256`` = hex HMAC-SHA256 of the exact body with the secret, or the
literal ``no-secret-provided``; ``X-Cal-Webhook-Version: 2021-10-20``. Deliveries run in
background asyncio tasks (the API response never waits; a failing subscriber never affects the
API), one attempt each, no retries, no redirects, **only to loopback hosts** (127.0.0.0/8, ::1,
localhost); others are recorded as refused without any network access. Each attempt is a
:class:`WebhookDelivery` in ``state.deliveries``; ``await fake.wait_for_deliveries(n)`` waits
for completed attempts; :func:`verify_signature` checks a signature. Without a running asyncio
loop (the app in-process under trio) deliveries run after the response within the request.

Faults (``Faults(error_rate, drop_rate, latency, lost_response_rate)``, ``/v2`` only)
=====================================================================================
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
===========================
Handlers are synchronous after the body is read: there is no ``await`` between the
availability check and the insert, so two concurrent bookings of one slot cannot both succeed.
Active bookings are indexed per host (sorted by start, bisect), so conflict and slot checks cost
O(log n) per candidate; bookings are kept ordered for listing, so a page of a 20,000-booking
listing does not sort them all. ``serve()`` disables Nagle's algorithm (``TCP_NODELAY``) on its
connections: small responses do not wait for delayed ACKs.

Clock
=====
``fake.now()`` drives "past"/"upcoming", minimum notice and slot filtering; timestamps in
responses use it too; ``clock.monotonic()`` drives rate-limit windows and blocks.

Known simplifications: no seats, recurring or instant bookings (400), no booking limits or
booking windows, managed event types behave like round robin (no per-member children), no
organization roles (team roles decide on organization paths too), bookingFields are not validated
(``bookingFieldsResponses`` is stored and echoed), no retries for webhook deliveries, one
version per endpoint.
"""

from __future__ import annotations

from . import _deps  # noqa: F401 - first: a clear error when the testing extra is missing
from ._app import FakeCalcom
from ._drift import Drift
from ._faults import Clock, FakeClock, FakeStats, Faults, SystemClock
from ._routing import ApiError
from ._state import (
    Attendee,
    Availability,
    Booking,
    EventType,
    FakeState,
    Host,
    Membership,
    Organization,
    Override,
    PrivateLink,
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
    "ApiError",
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
    "Membership",
    "Organization",
    "Override",
    "PrivateLink",
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
