/** Width of a QR code's quiet zone (the blank margin), in modules: 4, as ISO/IEC 18004 asks. */
export const QR_QUIET_ZONE = 4;
