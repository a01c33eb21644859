namespace DeviceFirmware.Tests.Fakes
{
    /// <summary>A failure <see cref="FakeDrsService"/> injects into the next request whose path starts with <see cref="PathPrefix"/>.</summary>
    public sealed class FakeDrsFault
    {
        /// <summary>Creates a fault.</summary>
        public FakeDrsFault(string pathPrefix, int status, string body, bool noResponse, bool afterProcessing)
        {
            PathPrefix = pathPrefix;
            Status = status;
            Body = body;
            NoResponse = noResponse;
            AfterProcessing = afterProcessing;
        }

        /// <summary>Path the fault applies to (e.g. "/replenish/").</summary>
        public string PathPrefix { get; private set; }

        /// <summary>Status to answer with (when a response is sent).</summary>
        public int Status { get; private set; }

        /// <summary>Body to answer with.</summary>
        public string Body { get; private set; }

        /// <summary>True: the request gets no response (transport failure).</summary>
        public bool NoResponse { get; private set; }

        /// <summary>True: the service handles the request (an order is placed) and then the response is lost.</summary>
        public bool AfterProcessing { get; private set; }
    }
}
