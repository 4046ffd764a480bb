import './organizer-app.ts';
