namespace DeviceFirmware.Drs
{
    /// <summary>What a DRS call sends as its request body.</summary>
    public enum DrsBodyKind
    {
        /// <summary>No body and no Content-Length (GET, DELETE).</summary>
        None,

        /// <summary>An empty body sent with Content-Length: 0 (replenish: DRS wants the header on a bodiless POST).</summary>
        Empty,

        /// <summary>A JSON document, Content-Type: application/json (slot status, device status).</summary>
        Json,
    }
}
