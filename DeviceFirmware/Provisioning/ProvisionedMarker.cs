using System;
using DeviceFirmware.Codec;
using DeviceFirmware.Diagnostics;
using DeviceFirmware.Storage;

namespace DeviceFirmware.Provisioning
{
    /// <summary>
    /// What marks a web-app device provisioned across reboots (it holds no tokens): a small record in a
    /// <see cref="DualSlotRecordStore"/> ("webapp.a" / "webapp.b"), written when the device joined Wi-Fi and the web
    /// application answered its first signed status call, erased by a factory reset. Power-cut safe like every
    /// record store: a cut while it is written leaves either no marker (the window opens again at boot, and the
    /// user commits again) or the marker. The Wi-Fi driver's stored credentials were not chosen: nothing in them
    /// says that the web application accepted the device, and the simulator and the tests could not see them.
    /// </summary>
    public sealed class ProvisionedMarker : IRecordType
    {
        /// <summary>Base name of the record's two flash slots.</summary>
        public const string StoreName = "webapp";

        /// <summary>"WAPP": the record's magic.</summary>
        public const uint RecordMagic = 0x50504157;

        /// <summary>The one payload the record holds.</summary>
        public const string Payload = "web-app provisioned";

        private readonly DualSlotRecordStore _records;

        /// <summary>Creates the marker over the flash store; reads nothing yet.</summary>
        /// <param name="flash">Where the record lives.</param>
        /// <param name="log">Where slot problems are reported.</param>
        public ProvisionedMarker(IFlashStore flash, ILog log)
        {
            _records = new DualSlotRecordStore(flash, StoreName, this, log);
        }

        /// <inheritdoc />
        public uint Magic
        {
            get { return RecordMagic; }
        }

        /// <inheritdoc />
        public byte FormatVersion
        {
            get { return 1; }
        }

        /// <inheritdoc />
        public int MaxPayloadLength
        {
            get { return Payload.Length; }
        }

        /// <summary>True when the marker is on flash.</summary>
        /// <returns>True for a provisioned web-app device.</returns>
        public bool IsSet()
        {
            return _records.Load() != null;
        }

        /// <summary>Writes the marker.</summary>
        /// <exception cref="Exception">The flash refused the write (the marker is then not set).</exception>
        public void Set()
        {
            _records.Save(AsciiText.GetBytes(Payload));
        }

        /// <summary>Erases the marker (factory reset).</summary>
        public void Wipe()
        {
            _records.Wipe();
        }

        /// <inheritdoc />
        public bool IsValidPayload(byte[] payload)
        {
            return payload != null && payload.Length == Payload.Length && AsciiText.GetString(payload) == Payload;
        }
    }
}
