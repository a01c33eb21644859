using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace DeviceFirmware.HostTests.Net
{
    /// <summary>
    /// A tiny HTTP/1.1 server on 127.0.0.1 that records each request's raw bytes and answers with
    /// a canned response (then closes the connection), or never answers, to test timeouts.
    /// </summary>
    internal sealed class RawHttpServer : IDisposable
    {
        private readonly TcpListener _listener;
        private readonly CancellationTokenSource _stop = new CancellationTokenSource();
        private readonly List<RawHttpRequest> _requests = new List<RawHttpRequest>();
        private readonly Task _loop;
        private readonly string _response;
        private readonly bool _hang;
        private readonly bool _answerAtOnce;

        private RawHttpServer(string response, bool hang, bool answerAtOnce = false)
        {
            _response = response;
            _hang = hang;
            _answerAtOnce = answerAtOnce;
            _listener = new TcpListener(IPAddress.Loopback, 0);
            _listener.Start();
            Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
            _loop = Task.Run(AcceptLoop);
        }

        public int Port { get; }

        public string BaseUrl => "http://127.0.0.1:" + Port;

        public IReadOnlyList<RawHttpRequest> Requests
        {
            get
            {
                lock (_requests)
                {
                    return _requests.ToArray();
                }
            }
        }

        /// <summary>Answers every request with this status, these extra header lines and this body.</summary>
        public static RawHttpServer Answering(int status, string body, string extraHeaderLines = "", string contentType = "application/json;charset=UTF-8")
        {
            byte[] bodyBytes = Encoding.UTF8.GetBytes(body);
            string response = "HTTP/1.1 " + status + " Status\r\n"
                + (contentType == null ? string.Empty : "Content-Type: " + contentType + "\r\n")
                + extraHeaderLines
                + "Content-Length: " + bodyBytes.Length + "\r\n"
                + "Connection: close\r\n\r\n" + body;
            return new RawHttpServer(response, hang: false);
        }

        /// <summary>Reads requests and never answers.</summary>
        public static RawHttpServer Silent()
        {
            return new RawHttpServer(null, hang: true);
        }

        /// <summary>Answers every connection at once in plain text, without reading (a TLS client's handshake fails).</summary>
        public static RawHttpServer PlainTextOnConnect()
        {
            return new RawHttpServer("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n", hang: false, answerAtOnce: true);
        }

        public void Dispose()
        {
            _stop.Cancel();
            _listener.Stop();
            try
            {
                _loop.Wait(TimeSpan.FromSeconds(5));
            }
            catch (AggregateException)
            {
                // Stopped while accepting.
            }
        }

        private async Task AcceptLoop()
        {
            while (!_stop.IsCancellationRequested)
            {
                TcpClient client;
                try
                {
                    client = await _listener.AcceptTcpClientAsync(_stop.Token);
                }
                catch (Exception) when (_stop.IsCancellationRequested)
                {
                    return;
                }
                catch (SocketException)
                {
                    return;
                }

                _ = Task.Run(() => Serve(client));
            }
        }

        private async Task Serve(TcpClient client)
        {
            using (client)
            {
                NetworkStream stream = client.GetStream();
                if (_answerAtOnce)
                {
                    await stream.WriteAsync(Encoding.ASCII.GetBytes(_response));
                    await stream.FlushAsync();
                    return;
                }

                RawHttpRequest request = await ReadRequest(stream);
                if (request == null)
                {
                    return;
                }

                lock (_requests)
                {
                    _requests.Add(request);
                }

                if (_hang)
                {
                    try
                    {
                        await Task.Delay(Timeout.Infinite, _stop.Token);
                    }
                    catch (OperationCanceledException)
                    {
                    }

                    return;
                }

                byte[] response = Encoding.UTF8.GetBytes(_response);
                await stream.WriteAsync(response);
                await stream.FlushAsync();
            }
        }

        private static async Task<RawHttpRequest> ReadRequest(NetworkStream stream)
        {
            var head = new MemoryStream();
            byte[] one = new byte[1];
            while (!EndsWithBlankLine(head))
            {
                int read = await stream.ReadAsync(one);
                if (read == 0)
                {
                    return null;
                }

                head.WriteByte(one[0]);
            }

            string headText = Encoding.ASCII.GetString(head.ToArray());
            int length = 0;
            foreach (string line in headText.Split("\r\n"))
            {
                if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
                {
                    length = int.Parse(line.Substring("Content-Length:".Length).Trim());
                }
            }

            byte[] body = new byte[length];
            int got = 0;
            while (got < length)
            {
                int read = await stream.ReadAsync(body.AsMemory(got, length - got));
                if (read == 0)
                {
                    break;
                }

                got += read;
            }

            return new RawHttpRequest(head.ToArray(), body);
        }

        private static bool EndsWithBlankLine(MemoryStream head)
        {
            if (head.Length < 4)
            {
                return false;
            }

            byte[] buffer = head.GetBuffer();
            long n = head.Length;
            return buffer[n - 4] == '\r' && buffer[n - 3] == '\n' && buffer[n - 2] == '\r' && buffer[n - 1] == '\n';
        }
    }
}
