using System;
using DeviceFirmware.Storage;

namespace DeviceFirmware.Replenishment
{
    /// <summary>
    /// Layout of the replenishment state record kept by <see cref="DualSlotRecordStore"/>: for each
    /// slot three text fields (see <see cref="PayloadWriter.WriteText"/>): the DRS slot ID, the
    /// phase as a word (armed, pending, ordered, declined) and the event instance ID ("-" when
    /// none, or when DRS sent one that does not fit). Words rather than numbers: a dump of the
    /// flash reads plainly, and a wrong value is a malformed record, never another phase.
    /// </summary>
    public sealed class EpisodeRecordCodec : IRecordType
    {
        /// <summary>Magic of replenishment records: the bytes 'D' 'F' 'R' 'P' read as a little-endian integer.</summary>
        public const uint RecordMagic = 0x50524644;

        /// <summary>Payload layout version written by this firmware.</summary>
        public const byte Version = 1;

        /// <summary>Most slots in one record.</summary>
        public const int MaxSlots = 8;

        /// <summary>Longest slot ID stored (nf.config allows 64).</summary>
        public const int MaxSlotIdLength = 64;

        /// <summary>Longest event instance ID stored; a longer one is stored as <see cref="NoEvent"/> (it is for logs and order info only).</summary>
        public const int MaxEventIdLength = 128;

        /// <summary>Stored in place of a missing event instance ID.</summary>
        public const string NoEvent = "-";

        private const int MaxPhaseLength = 8;

        /// <summary>Magic of the web-app flow's record, which carries episode numbers ("DFRP" + 1).</summary>
        public const uint NumberedRecordMagic = 0x50524645;

        // Decimal digits of the largest episode number, 4294967295.
        private const int MaxEpisodeDigits = 10;

        private static readonly string[] PhaseWords = new string[] { "armed", "pending", "ordered", "declined" };

        private readonly bool _numbered;

        /// <summary>The codec of the companion flow's record (no episode numbers).</summary>
        public EpisodeRecordCodec()
            : this(false)
        {
        }

        /// <summary>The codec of one flow's record.</summary>
        /// <param name="numbered">True for the web-app flow: every slot also stores its episode number (another magic, so neither flow reads the other's record).</param>
        public EpisodeRecordCodec(bool numbered)
        {
            _numbered = numbered;
        }

        /// <inheritdoc />
        public uint Magic
        {
            get { return _numbered ? NumberedRecordMagic : RecordMagic; }
        }

        /// <inheritdoc />
        public byte FormatVersion
        {
            get { return Version; }
        }

        /// <inheritdoc />
        public int MaxPayloadLength
        {
            get { return MaxSlots * (PayloadWriter.TextFieldSize(MaxSlotIdLength) + PayloadWriter.TextFieldSize(MaxPhaseLength) + PayloadWriter.TextFieldSize(MaxEventIdLength) + (_numbered ? PayloadWriter.TextFieldSize(MaxEpisodeDigits) : 0)); }
        }

        /// <summary>The word stored for a phase.</summary>
        /// <param name="phase">A phase.</param>
        /// <returns>For example "pending".</returns>
        public static string WordOf(SlotPhase phase)
        {
            return PhaseWords[(int)phase];
        }

        /// <summary>The payload of a set of slot states.</summary>
        /// <param name="episodes">At most <see cref="MaxSlots"/> states with valid slot IDs.</param>
        /// <returns>The payload.</returns>
        /// <exception cref="ArgumentException">Too many slots, or a slot ID that cannot be stored.</exception>
        public byte[] Encode(SlotEpisode[] episodes)
        {
            if (episodes == null)
            {
                throw new ArgumentNullException("episodes");
            }

            if (episodes.Length > MaxSlots)
            {
                throw new ArgumentException("at most " + MaxSlots + " slots are stored", "episodes");
            }

            int size = 0;
            string[] events = new string[episodes.Length];
            for (int i = 0; i < episodes.Length; i++)
            {
                VisibleAscii.Check(episodes[i].SlotId, "slotId", MaxSlotIdLength);
                events[i] = StorableEvent(episodes[i].EventInstanceId);
                size += PayloadWriter.TextFieldSize(episodes[i].SlotId.Length) + PayloadWriter.TextFieldSize(WordOf(episodes[i].Phase).Length) + PayloadWriter.TextFieldSize(events[i].Length);
                if (_numbered)
                {
                    size += PayloadWriter.TextFieldSize(episodes[i].Episode.ToString().Length);
                }
            }

            PayloadWriter writer = new PayloadWriter(size);
            for (int i = 0; i < episodes.Length; i++)
            {
                writer.WriteText(episodes[i].SlotId);
                writer.WriteText(WordOf(episodes[i].Phase));
                writer.WriteText(events[i]);
                if (_numbered)
                {
                    writer.WriteText(episodes[i].Episode.ToString());
                }
            }

            return writer.ToArray();
        }

        /// <summary>The slot states a payload holds; never throws on content.</summary>
        /// <param name="payload">Payload bytes.</param>
        /// <returns>The states, or null when the payload is malformed.</returns>
        public SlotEpisode[] Decode(byte[] payload)
        {
            if (payload == null)
            {
                return null;
            }

            SlotEpisode[] found = new SlotEpisode[MaxSlots];
            int count = 0;
            PayloadReader reader = new PayloadReader(payload);
            while (!reader.AtEnd)
            {
                string slotId = reader.ReadText(MaxSlotIdLength);
                string word = reader.ReadText(MaxPhaseLength);
                string eventId = reader.ReadText(MaxEventIdLength);
                long episode = _numbered ? ParseEpisode(reader.ReadText(MaxEpisodeDigits)) : 0;
                int phase = IndexOfWord(word);
                if (reader.Failed || phase < 0 || episode < 0 || count == MaxSlots)
                {
                    return null;
                }

                found[count++] = new SlotEpisode(slotId, (SlotPhase)phase, eventId == NoEvent ? null : eventId, (uint)episode);
            }

            SlotEpisode[] episodes = new SlotEpisode[count];
            Array.Copy(found, episodes, count);
            return episodes;
        }

        /// <inheritdoc />
        public bool IsValidPayload(byte[] payload)
        {
            return Decode(payload) != null;
        }

        private static string StorableEvent(string eventId)
        {
            if (eventId == null || eventId.Length == 0 || eventId.Length > MaxEventIdLength)
            {
                return NoEvent;
            }

            for (int i = 0; i < eventId.Length; i++)
            {
                if (!VisibleAscii.IsVsChar(eventId[i]))
                {
                    return NoEvent;
                }
            }

            return eventId;
        }

        // Decimal digits 0..4294967295; -1 for anything else (the record is then invalid).
        private static long ParseEpisode(string digits)
        {
            if (digits == null || digits.Length == 0)
            {
                return -1;
            }

            long value = 0;
            for (int i = 0; i < digits.Length; i++)
            {
                if (digits[i] < '0' || digits[i] > '9')
                {
                    return -1;
                }

                value = (value * 10) + (digits[i] - '0');
            }

            return value > uint.MaxValue ? -1 : value;
        }

        private static int IndexOfWord(string word)
        {
            for (int i = 0; i < PhaseWords.Length; i++)
            {
                if (PhaseWords[i] == word)
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
