package dev.vccexchange.camel.conformance;

/** What the two node peers share: channel auth through a {@link ChannelAuthStub}. */
abstract class NodeConformancePeer implements ConformancePeer {

    private final ChannelAuthStub auth;
    private final int engineIoVersion;

    NodeConformancePeer(ChannelAuthStub auth, int engineIoVersion) {
        this.auth = auth;
        this.engineIoVersion = engineIoVersion;
    }

    @Override
    public int engineIoVersion() {
        return engineIoVersion;
    }

    @Override
    public int authorizations(String channel) {
        return (int) auth.requests().stream().filter(r -> channel.equals(r.channelName())).count();
    }

    @Override
    public void failAuthorizations(boolean on) {
        auth.answer500(on);
    }

    abstract void closePeer();

    @Override
    public void close() {
        closePeer();
        auth.close();
    }
}
