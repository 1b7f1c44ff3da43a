package org.parley.directory.sasl;

import java.net.InetAddress;
import java.util.Optional;
import org.parley.directory.auth.AuthResult;
import org.parley.directory.auth.Authenticated;
import org.parley.directory.auth.Authenticator;

/** Completion tracking and the mapping of login results shared by the mechanisms. */
abstract class BaseSaslServer implements SaslServer {
    /** Longest authentication or authorization identity accepted, in bytes. */
    static final int MAX_NAME = 1024;
    /** Longest password accepted, in bytes. */
    static final int MAX_PASSWORD = 4096;

    final Authenticator authenticator;
    final InetAddress remote;
    private boolean complete;

    BaseSaslServer(Authenticator authenticator, InetAddress remote) {
        this.authenticator = authenticator;
        this.remote = remote;
    }

    @Override
    public final SaslStep step(byte[] clientResponse) {
        if (complete) {
            throw new IllegalStateException(mechanism() + " exchange already finished");
        }
        if (clientResponse != null && clientResponse.length > SaslCodec.MAX_RESPONSE_BYTES) {
            return finish(new SaslStep.Failure(SaslFailure.MALFORMED, "response too long"));
        }
        SaslStep step = next(clientResponse);
        if (!(step instanceof SaslStep.Challenge)) {
            complete = true;
        }
        return step;
    }

    /** One transition; {@code response} may be null only on the first call. */
    abstract SaslStep next(byte[] response);

    @Override
    public final boolean isComplete() {
        return complete;
    }

    SaslStep finish(SaslStep step) {
        complete = true;
        return step;
    }

    static SaslStep.Failure malformed(String detail) {
        return new SaslStep.Failure(SaslFailure.MALFORMED, detail);
    }

    /**
     * Maps a login result, then applies the authorization identity: empty means "act as myself"
     * (RFC 4422 §3.4.1); anything else must be allowed by {@link Authenticator#authorize}.
     */
    SaslStep conclude(AuthResult result, String authzid, byte[] finalData) {
        return switch (result) {
            case AuthResult.Throttled t -> new SaslStep.Failure(SaslFailure.THROTTLED, "too many failed logins");
            case AuthResult.Failed f -> new SaslStep.Failure(SaslFailure.INVALID_CREDENTIALS, "authentication failed");
            case AuthResult.Success s -> {
                if (authzid == null || authzid.isEmpty()) {
                    yield new SaslStep.Success(s.who(), finalData);
                }
                Optional<Authenticated> as = authenticator.authorize(s.who(), authzid);
                yield as.<SaslStep>map(who -> new SaslStep.Success(who, finalData))
                        .orElseGet(() -> new SaslStep.Failure(SaslFailure.NOT_AUTHORIZED, "authorization identity not allowed"));
            }
        };
    }
}
