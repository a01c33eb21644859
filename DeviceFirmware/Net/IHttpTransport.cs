namespace DeviceFirmware.Net
{
    /// <summary>
    /// Sends one HTTP request and returns the response, whatever its status. The port the LWA
    /// and DRS clients own; device adapter: nanoFramework HttpClient over TLS 1.2 with the pinned
    /// root CA; host adapter: .NET HttpClient; tests: a scripted fake.
    /// An adapter translates, it does not decide: it never retries, never follows redirects and
    /// never treats a status code as an error.
    /// </summary>
    public interface IHttpTransport
    {
        /// <summary>Sends the request and waits (up to the adapter's timeout) for the whole response.</summary>
        /// <param name="request">The request.</param>
        /// <returns>The response, for every status code.</returns>
        /// <exception cref="HttpTransportException">No response: timeout, connection or TLS failure.</exception>
        HttpResponse Send(HttpRequest request);
    }
}
