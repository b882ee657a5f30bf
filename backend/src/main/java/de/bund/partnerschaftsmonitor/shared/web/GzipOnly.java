package de.bund.partnerschaftsmonitor.shared.web;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import jakarta.inject.Singleton;

import java.util.Locale;

/**
 * Responses are compressed with gzip or not at all. The server's compressor also offers snappy, zstd, brotli
 * and deflate, and answers {@code Accept-Encoding: *} (sent by common proxies and clients) with snappy, which
 * no HTTP client decodes. So each request's {@code Accept-Encoding} is reduced to {@code gzip} or removed
 * (identity) before the server sees it.
 */
@Singleton
class GzipOnly implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {

    private static final String HANDLER = "pm-gzip-only";
    private static final AcceptEncoding ACCEPT_ENCODING = new AcceptEncoding();

    @Override
    public NettyServerCustomizer.Registry onCreated(BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
        event.getBean().register(new Customizer(null));
        return event.getBean();
    }

    /** Whether a client with this {@code Accept-Encoding} takes gzip: named with q > 0, or {@code *} with q > 0 and gzip unnamed. */
    static boolean acceptsGzip(@Nullable String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        Float gzip = null;
        Float star = null;
        for (String part : acceptEncoding.split(",")) {
            String[] pieces = part.trim().split(";");
            String coding = pieces[0].trim().toLowerCase(Locale.ROOT);
            float q = 1f;
            for (int i = 1; i < pieces.length; i++) {
                String p = pieces[i].trim();
                if (p.startsWith("q=")) {
                    try {
                        q = Float.parseFloat(p.substring(2).trim());
                    } catch (NumberFormatException e) {
                        q = 0f;
                    }
                }
            }
            if (coding.equals("gzip") || coding.equals("x-gzip")) {
                gzip = q;
            } else if (coding.equals("*")) {
                star = q;
            }
        }
        return gzip != null ? gzip > 0 : star != null && star > 0;
    }

    private record Customizer(@Nullable Channel channel) implements NettyServerCustomizer {

        @Override
        public NettyServerCustomizer specializeForChannel(Channel channel, ChannelRole role) {
            return new Customizer(channel);
        }

        @Override
        public void onStreamPipelineBuilt() {
            if (channel == null || channel.pipeline().get(HANDLER) != null) {
                return;
            }
            if (channel.pipeline().get(ChannelPipelineCustomizer.HANDLER_MICRONAUT_INBOUND) != null) {
                channel.pipeline().addBefore(ChannelPipelineCustomizer.HANDLER_MICRONAUT_INBOUND, HANDLER, ACCEPT_ENCODING);
            }
        }
    }

    @ChannelHandler.Sharable
    private static final class AcceptEncoding extends ChannelInboundHandlerAdapter {
        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (msg instanceof HttpRequest request && request.headers().contains(HttpHeaderNames.ACCEPT_ENCODING)) {
                boolean gzip = acceptsGzip(String.join(",", request.headers().getAll(HttpHeaderNames.ACCEPT_ENCODING)));
                request.headers().remove(HttpHeaderNames.ACCEPT_ENCODING);
                if (gzip) {
                    request.headers().set(HttpHeaderNames.ACCEPT_ENCODING, "gzip");
                }
            }
            ctx.fireChannelRead(msg);
        }
    }
}
