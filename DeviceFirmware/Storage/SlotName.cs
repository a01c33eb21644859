using System;

namespace DeviceFirmware.Storage
{
    /// <summary>
    /// The rule for slot names, shared by every <see cref="IFlashStore"/> adapter: 1 to 24
    /// characters from a-z, 0-9, '.', '-' and '_', not starting with '.'. Short and plain, so a
    /// name is a valid file name on LittleFS, FAT and the host, and can never reach another folder.
    /// </summary>
    public static class SlotName
    {
        /// <summary>Longest slot name accepted.</summary>
        public const int MaxLength = 24;

        /// <summary>True when <paramref name="name"/> follows the rule.</summary>
        /// <param name="name">A candidate slot name.</param>
        /// <returns>Whether adapters accept it.</returns>
        public static bool IsValid(string name)
        {
            if (name == null || name.Length == 0 || name.Length > MaxLength || name[0] == '.')
            {
                return false;
            }

            for (int i = 0; i < name.Length; i++)
            {
                char c = name[i];
                bool allowed = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_';
                if (!allowed)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Throws unless <paramref name="name"/> follows the rule.</summary>
        /// <param name="name">A slot name.</param>
        /// <exception cref="ArgumentException">The name breaks the rule.</exception>
        public static void Check(string name)
        {
            if (!IsValid(name))
            {
                throw new ArgumentException("slot name must be 1 to 24 characters from a-z 0-9 . - _ and not start with a dot", "name");
            }
        }
    }
}
