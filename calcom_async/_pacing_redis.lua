-- calcom-async: one pacer budget shared through Redis (calcom_async/_pacing_redis.py).
--
-- The arithmetic of MemoryPacerStorage (calcom_async/_pacing_storage.py, see its module
-- docstring) on the shared state, applied atomically: first the buffered events of the calling
-- process (responses and releases), then, when ARGV[2] names a grant, one take.
--
-- KEYS[1]  the budget's state (a JSON string)       KEYS[2]  in-flight grants (ZSET by time)
-- ARGV[1]  "now" in seconds, or "" for Redis TIME   ARGV[2]  grant id to take, or ""
-- ARGV[3]  JSON list of events: {g = grant, a = age, s = sent age, st = status,
--          l = {{name, limit, remaining, reset}, ...}, ra = retry-after} (a release has g only)
-- ARGV[4..9]  margin cap, reserve, fallback pause, default policy, in-flight TTL, state TTL
-- Returns {verdict, wait, reason, limit, snapshot}: verdict "ok", "wait" or "" (no take);
-- numbers as strings (Redis truncates Lua numbers to integers).

local state_key, inflight_key = KEYS[1], KEYS[2]
local now
if ARGV[1] ~= '' then
  now = tonumber(ARGV[1])
else
  local t = redis.call('TIME')
  now = tonumber(t[1]) + tonumber(t[2]) / 1000000
end
local grant = ARGV[2]
local events = cjson.decode(ARGV[3])
local margin_cap, reserve, fallback = tonumber(ARGV[4]), tonumber(ARGV[5]), tonumber(ARGV[6])
local inflight_ttl, state_ttl = tonumber(ARGV[8]), tonumber(ARGV[9])
local NEVER = -1e18

local S
local raw = redis.call('GET', state_key)
if raw then
  S = cjson.decode(raw) -- an empty list comes back as an empty table: ipairs is fine with it
else
  S = {limits = {}, order = {}, blocked = NEVER, policy = ARGV[7], gov = '', rtt = 1.0}
end

redis.call('ZREMRANGEBYSCORE', inflight_key, '-inf', now - inflight_ttl)

local function margin(st)
  return math.min(margin_cap, 0.01 * st.window) + st.skew
end

local function roll_over(st, t)
  if t >= st['end'] + margin(st) then
    -- Only grants from the last two round trips before the old end may land in the new window.
    local recent = redis.call('ZCOUNT', inflight_key, st['end'] - 2 * S.rtt, '+inf')
    st.start = t
    st['end'] = t + st.window
    st.confirmed = false
    st.tokens = st.limit - recent
  end
end

local function rate(name)
  local st = S.limits[name]
  return st.limit / st.window
end

local function choose()
  local n = #S.order
  if S.policy == 'all' then
    S.gov = ''
    return
  end
  if n < 2 then
    S.gov = S.order[1] or ''
    return
  end
  local best = S.order[1]
  for i = 2, n do
    if rate(S.order[i]) > rate(best) then best = S.order[i] end
  end
  local cur = S.gov
  if cur == '' or S.limits[cur] == nil or rate(best) > 1.25 * rate(cur) then S.gov = best end
end

local function record(t, sent, status, figures, retry_after, in_flight)
  local refused = status == 429
  S.rtt = math.max(t - sent, S.rtt * 0.98)
  local exhausted, spare, changed = false, false, false
  for _, f in ipairs(figures) do
    local name, limit, remaining, reset = f[1], f[2], f[3], f[4]
    local e = t + reset
    if remaining <= 0 then exhausted = true else spare = true end
    local st = S.limits[name]
    if st == nil then
      S.limits[name] = {limit = limit, tokens = remaining - in_flight, ['end'] = e,
                        window = math.max(reset, 1.0), start = NEVER, confirmed = true,
                        last = NEVER, skew = 0}
      table.insert(S.order, name)
      changed = true
    else
      roll_over(st, t)
      if st.limit ~= limit or (remaining > 0 and reset > st.window) then
        st.limit = limit
        if remaining > 0 then st.window = math.max(st.window, reset) end
        changed = true
      end
      if sent >= st.start then
        if refused and remaining <= 0 and not st.confirmed then
          local step = math.min(0.25, 0.05 * st.window)
          st.skew = math.min(1.0, 0.25 * st.window, st.skew + step)
        end
        if st.confirmed then
          st['end'] = math.min(st['end'], e)
        else
          st['end'] = e
          st.confirmed = true
        end
        st.tokens = math.min(st.tokens, remaining)
      end
    end
  end
  if refused and spare and S.policy == 'loosest' and #figures > 1 then
    S.policy = 'all'
    changed = true
  end
  if changed then choose() end
  if refused then
    local pause
    if retry_after ~= nil then
      pause = retry_after
    elseif exhausted then
      pause = 0
    else
      pause = fallback
    end
    if pause > 0 then S.blocked = math.max(S.blocked, t + pause + margin_cap) end
  end
end

local function delay(st)
  if st.tokens < 1 then return st['end'] + margin(st) - now, 'rate_limit' end
  if st.tokens > reserve * st.limit then return 0, 'pacing' end
  local anchor = math.max(st.last, st.start, st['end'] - st.window)
  return anchor + (st['end'] - anchor) / (st.tokens + 1) - now, 'pacing'
end

local function take()
  local wait, reason, limit = nil, nil, ''
  if S.blocked > now then
    wait, reason = S.blocked - now, 'rate_limit'
  end
  for _, name in ipairs(S.order) do roll_over(S.limits[name], now) end
  for _, name in ipairs(S.order) do
    if S.gov == '' or S.gov == name then
      local d, r = delay(S.limits[name])
      if d > 0 and (wait == nil or d > wait) then wait, reason, limit = d, r, name end
    end
  end
  if wait ~= nil then return wait, reason, limit end
  for _, name in ipairs(S.order) do
    local st = S.limits[name]
    st.tokens = st.tokens - 1
    st.last = now
  end
  return nil
end

for _, ev in ipairs(events) do
  if ev.g then redis.call('ZREM', inflight_key, ev.g) end
  if ev.st then
    if #ev.l > 0 or ev.st == 429 then
      local ra = ev.ra
      if ra == cjson.null then ra = nil end
      record(now - ev.a, now - ev.s, ev.st, ev.l, ra, redis.call('ZCARD', inflight_key))
    end
  end
end

local verdict, wait, reason, limit = '', 0, '', ''
if grant ~= '' then
  local w, r, l = take()
  if w == nil then
    verdict = 'ok'
    redis.call('ZADD', inflight_key, now, grant)
  else
    verdict, wait, reason, limit = 'wait', w, r, l
  end
end

local snapshot = {}
for _, name in ipairs(S.order) do
  local st = S.limits[name]
  table.insert(snapshot, {name, st.limit, st.tokens, math.max(0, st['end'] - now)})
end
redis.call('SET', state_key, cjson.encode(S), 'PX', math.floor(state_ttl * 1000))
redis.call('PEXPIRE', inflight_key, math.floor(math.max(inflight_ttl, 1) * 1000))
return {verdict, string.format('%.6f', wait), reason, limit, cjson.encode(snapshot)}
