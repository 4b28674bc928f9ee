"""The app's look: one calm style sheet, readable at a glance."""

STYLE = """
QMainWindow, QScrollArea > QWidget > QWidget { background: #f4f6f7; }
#sidebar { background: #1f3b4d; color: #e8eef2; border: none; font-size: 14px; padding-top: 10px; outline: 0; }
#sidebar::item { padding: 9px 16px; border-left: 4px solid transparent; }
#sidebar::item:selected { background: #2c5269; border-left: 4px solid #f0b429; color: white; }
#sidebar::item:hover:!selected { background: #27475b; }
#pageTitle { font-size: 22px; font-weight: 600; color: #1f3b4d; }
#pageSubtitle { color: #5b6670; font-size: 12px; }
#sectionTitle { font-size: 13px; font-weight: 600; color: #2b2f33; margin-top: 6px; }
#cardTitle { color: #4a545c; font-size: 12px; font-weight: 600; }
#cardValue { font-size: 26px; font-weight: 700; }
#cardDetail { color: #5b6670; font-size: 11px; }
#veil { background: rgba(244, 246, 247, 170); }
#busyNote { color: #1f3b4d; font-weight: 600; }
#linkButton { color: #1f6f8b; text-align: left; padding: 0; border: none; font-size: 11px; text-decoration: underline; }
"""
