package de.bund.partnerschaftsmonitor.shared.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.DefaultHttpClientAddressResolver;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import jakarta.inject.Singleton;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The client's address, for the sign-in limit and the log. {@code X-Forwarded-For} and {@code Forwarded} are believed
 * only when the connection comes from a proxy named in {@code PM_TRUSTED_PROXIES} (addresses or CIDR ranges,
 * comma-separated); anyone else could send a new value with every attempt. Through a chain of trusted proxies the
 * client is the last address that is not one of them.
 */
@Singleton
@Replaces(DefaultHttpClientAddressResolver.class)
public class TrustedProxyAddressResolver implements HttpClientAddressResolver {

    private final List<Range> trusted;

    TrustedProxyAddressResolver(@Value("${pm.security.trusted-proxies:}") String trustedProxies) {
        this.trusted = parse(trustedProxies);
    }

    @Override
    public String resolve(HttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        String peer = remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
        if (!isTrusted(peer)) {
            return peer;
        }
        List<String> chain = forwardedChain(request);
        for (int i = chain.size() - 1; i >= 0; i--) {
            if (!isTrusted(chain.get(i))) {
                return chain.get(i);
            }
        }
        return chain.isEmpty() ? peer : chain.get(0);
    }

    boolean isTrusted(String address) {
        byte[] bytes = literal(address);
        return bytes != null && trusted.stream().anyMatch(r -> r.contains(bytes));
    }

    /** Client first, nearest proxy last: {@code Forwarded: for=…} if sent, else {@code X-Forwarded-For}. */
    static List<String> forwardedChain(HttpRequest<?> request) {
        List<String> chain = new ArrayList<>();
        List<String> forwarded = request.getHeaders().getAll("Forwarded");
        if (!forwarded.isEmpty()) {
            for (String header : forwarded) {
                for (String element : header.split(",")) {
                    for (String pair : element.split(";")) {
                        String p = pair.trim();
                        if (p.toLowerCase(Locale.ROOT).startsWith("for=")) {
                            chain.add(unquote(p.substring(4)));
                        }
                    }
                }
            }
            return chain;
        }
        for (String header : request.getHeaders().getAll("X-Forwarded-For")) {
            Arrays.stream(header.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(chain::add);
        }
        return chain;
    }

    private static String unquote(String value) {
        String v = value.startsWith("\"") && value.endsWith("\"") && value.length() > 1 ? value.substring(1, value.length() - 1) : value;
        if (v.startsWith("[")) { // [2001:db8::1]:4711
            int end = v.indexOf(']');
            return end > 0 ? v.substring(1, end) : v;
        }
        int colon = v.indexOf(':');
        return colon > 0 && v.indexOf(':', colon + 1) < 0 ? v.substring(0, colon) : v; // 192.0.2.1:4711
    }

    /** The bytes of an IP literal; never a DNS look-up. */
    static byte[] literal(String address) {
        String a = address.trim();
        boolean ipv4 = a.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        boolean ipv6 = a.contains(":") && a.matches("[0-9A-Fa-f:.]+");
        if (!ipv4 && !ipv6) {
            return null;
        }
        try {
            return InetAddress.getByName(a).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    record Range(byte[] network, int prefix) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    static List<Range> parse(String spec) {
        List<Range> ranges = new ArrayList<>();
        for (String part : spec.split(",")) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            int slash = p.indexOf('/');
            byte[] network = literal(slash < 0 ? p : p.substring(0, slash));
            if (network == null) {
                throw new IllegalArgumentException("PM_TRUSTED_PROXIES: not an IP address or CIDR range: " + p);
            }
            int prefix = slash < 0 ? network.length * 8 : Integer.parseInt(p.substring(slash + 1));
            if (prefix < 0 || prefix > network.length * 8) {
                throw new IllegalArgumentException("PM_TRUSTED_PROXIES: bad prefix length in " + p);
            }
            ranges.add(new Range(network, prefix));
        }
        return List.copyOf(ranges);
    }
}
