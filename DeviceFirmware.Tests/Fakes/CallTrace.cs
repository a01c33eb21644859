namespace DeviceFirmware.Tests.Fakes
{
    /// <summary>The calls several fakes received, in order, as one line of names ("StopServer Exchange StartAdvertising").</summary>
    public sealed class CallTrace
    {
        private string _text = string.Empty;

        /// <summary>Every call so far, separated by single spaces.</summary>
        public string Text
        {
            get { return _text; }
        }

        /// <summary>Records a call.</summary>
        /// <param name="name">The call's name, without spaces.</param>
        public void Add(string name)
        {
            _text = _text.Length == 0 ? name : _text + " " + name;
        }

        /// <summary>The calls recorded after a mark taken earlier from <see cref="Length"/>.</summary>
        /// <param name="mark">A value of <see cref="Length"/>.</param>
        /// <returns>The calls since, separated by single spaces.</returns>
        public string Since(int mark)
        {
            string rest = _text.Substring(mark);
            return rest.Length > 0 && rest[0] == ' ' ? rest.Substring(1) : rest;
        }

        /// <summary>A mark for <see cref="Since"/>.</summary>
        public int Length
        {
            get { return _text.Length; }
        }
    }
}
