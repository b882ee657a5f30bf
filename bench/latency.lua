-- wrk script: optional bearer token, random ids/countries from env, percentiles on one line.
local token = os.getenv("BENCH_TOKEN")
local path = os.getenv("BENCH_PATH") or "/api/agreements"
local idmin = tonumber(os.getenv("BENCH_ID_MIN") or "1")
local idmax = tonumber(os.getenv("BENCH_ID_MAX") or "1")
local countries = {}
for c in string.gmatch(os.getenv("BENCH_COUNTRIES") or "DE", "%u%u") do countries[#countries + 1] = c end
local statuses = {"PLANNED", "NEGOTIATING", "SIGNED", "IN_FORCE", "SUSPENDED", "EXPIRED"}
-- search.sh: query terms and criterion codes, separated by "|" ({q} is URL-encoded)
local function split(s) local out = {} for v in string.gmatch(s, "[^|]+") do out[#out + 1] = v end return out end
local queries = split(os.getenv("BENCH_QUERIES") or "Migration")
local criteria = split(os.getenv("BENCH_CRITERIA") or "DP-BASE")
local function encode(s) return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end)) end

if token and token ~= "" then wrk.headers["Authorization"] = "Bearer " .. token end
wrk.headers["Accept"] = "application/json"

request = function()
  local p = path:gsub("{id}", function() return tostring(math.random(idmin, idmax)) end)
  p = p:gsub("{iso2}", function() return countries[math.random(#countries)] end)
  p = p:gsub("{status}", function() return statuses[math.random(#statuses)] end)
  p = p:gsub("{q}", function() return encode(queries[math.random(#queries)]) end)
  p = p:gsub("{criterion}", function() return criteria[math.random(#criteria)] end)
  return wrk.format("GET", p)
end

done = function(summary, latency, requests)
  io.write(string.format("RESULT requests=%d rps=%.0f p50=%.2fms p95=%.2fms p99=%.2fms errors=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout))
end
