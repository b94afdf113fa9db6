package se.bokvar.local.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

import org.junit.jupiter.api.Test;

class PortsTest {

    @Test
    void aListeningPortIsNotFree() throws IOException {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            assertThat(Ports.isFree(server.getLocalPort())).isFalse();
        }
    }

    @Test
    void aPortWhoseServerClosedItsConnectionsFirstIsFreeAgain() throws IOException {
        // the side that closes first keeps the connection in TIME_WAIT for a minute: a stack just stopped leaves its
        // ports so, and the next `up` must not take them for taken (the servers bind with SO_REUSEADDR)
        int port;
        try (ServerSocket server = new ServerSocket()) {
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            port = server.getLocalPort();
            try (Socket client = new Socket(InetAddress.getLoopbackAddress(), port); Socket accepted = server.accept()) {
                accepted.close();
                assertThat(client.getInputStream().read()).isEqualTo(-1);
            }
        }
        assertThat(Ports.isFree(port)).isTrue();
    }
}
