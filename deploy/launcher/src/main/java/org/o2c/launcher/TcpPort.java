package org.o2c.launcher;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/** A local TCP port, to tell whether something already listens on it before we try to. */
record TcpPort(String host, int port) {

    static TcpPort local(int port) {
        return new TcpPort("127.0.0.1", port);
    }

    boolean accepts() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return host + ":" + port;
    }
}
